# METADATA
# title: Risk treatment decided for each risk
# description: >
#   A risk assessment policy must say how each identified risk is treated
#   (mitigated with controls, transferred, avoided or accepted) and who
#   decides. Auditors test CC5.1 by tracing risks in the register to the
#   controls selected for them.
# custom:
#   id: risk-treatment
#   title_es: Tratamiento decidido para cada riesgo
#   criteria: [CC5.1]
#   severity: error
#   remediation:
#     en: Require a treatment decision (mitigate, transfer, avoid or accept) for every assessed risk, with the controls selected, an owner, and who may accept residual risk.
#     es: Exija una decisión de tratamiento (mitigar, transferir, evitar o aceptar) para cada riesgo evaluado, con los controles elegidos, un responsable y quién puede aceptar el riesgo residual.
#   mappings:
#     iso27001: [A.5.1]
#     nist_csf: [ID.RA-06, GV.RM-04]
package soc2lint.rules.risk.treatment

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics

stated if count(doc.about(input, "risk_treatment")) > 0

deny contains violation if {
	doc.covers_topic(input)
	topics.about("risk_assessment")
	count([s | some s in input.statements; doc.body(s)]) >= 3
	not stated

	violation := result.fail_file(
		"The risk assessment policy does not say how identified risks are treated.",
		"La política de evaluación de riesgos no indica cómo se tratan los riesgos identificados.",
	)
}
