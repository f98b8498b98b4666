# METADATA
# title: Code of conduct acknowledged
# description: >
#   A code of conduct must require employees and contractors to acknowledge
#   it, at hire and periodically, so that the commitment to ethical values
#   can be evidenced. Auditors test CC1.1 against the signed
#   acknowledgements.
# custom:
#   id: governance-code-of-conduct
#   title_es: Código de conducta aceptado
#   criteria: [CC1.1]
#   severity: warning
#   remediation:
#     en: Require every employee and contractor to acknowledge the code of conduct before starting work and again every year.
#     es: Exija que cada empleado y contratista acepte el código de conducta antes de empezar a trabajar y de nuevo cada año.
#   mappings:
#     iso27001: [A.5.4, A.6.2]
#     nist_csf: [GV.RR-01]
package soc2lint.rules.governance.code_of_conduct

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics

stated if count(doc.about(input, "acknowledgement")) > 0

deny contains violation if {
	doc.covers_topic(input)
	topics.about("code_of_conduct")
	count([s | some s in input.statements; doc.body(s)]) >= 3
	not stated

	violation := result.fail_file(
		"The code of conduct does not require employees and contractors to acknowledge it.",
		"El código de conducta no exige que empleados y contratistas lo acepten.",
	)
}
