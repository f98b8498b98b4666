# METADATA
# title: Privacy complaints process
# description: >
#   A privacy notice or policy must tell individuals how to complain or raise
#   a dispute about the handling of their personal information, and how
#   complaints are resolved. Auditors test P8.1 against this process; a
#   contact address for questions is not one.
# custom:
#   id: privacy-complaints
#   title_es: Proceso de quejas de privacidad
#   criteria: [P8.1]
#   severity: error
#   remediation:
#     en: Describe how individuals submit privacy complaints, who handles them, the response time, and how to escalate to a supervisory authority.
#     es: Describa cómo se presentan las quejas de privacidad, quién las gestiona, el plazo de respuesta y cómo acudir a la autoridad de control.
#   mappings:
#     iso27001: [A.5.34]
#     nist_csf: [GV.OC-03]
#     gdpr: [Art. 77]
package soc2lint.rules.privacy.complaints

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics

deny contains violation if {
	doc.covers_topic(input)
	topics.about("privacy")
	count(doc.about(input, "privacy_complaints")) == 0

	violation := result.fail_file(
		"The privacy document has no process for receiving and resolving privacy complaints or disputes.",
		"El documento de privacidad no tiene un proceso para recibir y resolver quejas o reclamaciones de privacidad.",
	)
}
