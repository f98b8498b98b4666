# METADATA
# title: Access to and correction of personal information
# description: >
#   A privacy notice or policy must say how individuals can see the personal
#   information held about them (P5.1) and ask for it to be corrected or
#   amended (P5.2). Auditors sample requests and compare them with this
#   process.
# custom:
#   id: privacy-subject-rights
#   title_es: Acceso y rectificación de los datos personales
#   criteria: [P5.1, P5.2]
#   severity: error
#   remediation:
#     en: Describe how individuals request access to and a copy of their personal information, how they ask for corrections, how identity is verified, and the response time.
#     es: Describa cómo se solicita el acceso y una copia de los datos personales, cómo se pide su rectificación, cómo se verifica la identidad y el plazo de respuesta.
#   mappings:
#     iso27001: [A.5.34]
#     nist_csf: [GV.OC-03]
#     gdpr: [Art. 15, Art. 16]
package soc2lint.rules.privacy.subject_rights

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

applies if {
	doc.covers_topic(input)
	topics.about("privacy")
	count([s | some s in input.statements; doc.body(s)]) >= 3
}

stated(concept) if {
	some s in input.statements
	vocab.mentions(s.norm, concept)
}

deny contains violation if {
	applies
	not stated("subject_access")

	violation := object.union(
		result.fail_file(
			"The privacy document does not say how individuals can access the personal information held about them.",
			"El documento de privacidad no indica cómo pueden las personas acceder a los datos personales que se tienen sobre ellas.",
		),
		{"criteria": ["P5.1"]},
	)
}

deny contains violation if {
	applies
	not stated("subject_correction")

	violation := object.union(
		result.fail_file(
			"The privacy document does not say how individuals can have their personal information corrected.",
			"El documento de privacidad no indica cómo pueden las personas rectificar sus datos personales.",
		),
		{"criteria": ["P5.2"]},
	)
}
