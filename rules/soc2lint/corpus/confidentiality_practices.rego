# METADATA
# title: Confidentiality agreements required
# description: >
#   When Confidentiality is in scope, some governing document must require
#   employees, contractors or third parties who receive confidential
#   information to accept confidentiality or non-disclosure agreements.
#   Auditors test C1.1 against the signed agreements.
# custom:
#   id: corpus-confidentiality-agreements
#   title_es: Acuerdos de confidencialidad exigidos
#   criteria: [C1.1]
#   severity: warning
#   remediation:
#     en: Require confidentiality or non-disclosure agreements for staff at hire and for third parties before confidential information is shared with them.
#     es: Exija acuerdos de confidencialidad al personal en su incorporación y a los terceros antes de compartir con ellos información confidencial.
#   mappings:
#     iso27001: [A.6.6]
#     nist_csf: [GV.SC-05]
package soc2lint.corpus.confidentiality_practices

import data.soc2lint.lib.corpus
import data.soc2lint.lib.result

deny contains violation if {
	not corpus.substantive("confidentiality_agreement", 1)

	violation := result.fail_corpus(
		"No document requires confidentiality or non-disclosure agreements.",
		"Ningún documento exige acuerdos de confidencialidad.",
	)
}
