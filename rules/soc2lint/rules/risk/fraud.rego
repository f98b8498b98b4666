# METADATA
# title: Fraud risk considered
# description: >
#   The risk assessment must consider the potential for fraud: fraudulent
#   reporting, misappropriation of assets and management override of
#   controls. Auditors look for it explicitly under CC3.3.
# custom:
#   id: risk-fraud
#   title_es: Riesgo de fraude considerado
#   criteria: [CC3.3]
#   severity: error
#   remediation:
#     en: Require the risk assessment to consider fraud risks (fraudulent reporting, misappropriation of assets, management override of controls, incentives and pressures).
#     es: Exija que la evaluación de riesgos considere el riesgo de fraude (información fraudulenta, apropiación indebida de activos, elusión de controles por la dirección, incentivos y presiones).
#   mappings:
#     iso27001: [A.5.7]
#     nist_csf: [ID.RA-03]
package soc2lint.rules.risk.fraud

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

considers_fraud if {
	some s in input.statements
	vocab.mentions(s.norm, "fraud")
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("risk_assessment")
	not considers_fraud

	violation := result.fail_file(
		"The risk assessment policy does not consider fraud risk.",
		"La política de evaluación de riesgos no considera el riesgo de fraude.",
	)
}
