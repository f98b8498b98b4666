# METADATA
# title: Privacy choices and consent
# description: >
#   A privacy notice or policy must describe the choices individuals have
#   about their personal information and how consent is obtained or
#   withdrawn (opt-in, opt-out, unsubscribe, objection). Auditors test P2.1
#   against these choices and against the records of consent.
# custom:
#   id: privacy-choice-consent
#   title_es: Opciones y consentimiento de privacidad
#   criteria: [P2.1]
#   severity: error
#   remediation:
#     en: State which uses of personal information need consent, how individuals give, refuse or withdraw it, and how they opt out of optional uses such as marketing.
#     es: Indique qué usos de los datos personales requieren consentimiento, cómo se da, se deniega o se retira, y cómo oponerse a usos opcionales como el marketing.
#   mappings:
#     iso27001: [A.5.34]
#     nist_csf: [GV.OC-03]
#     gdpr: [Art. 6, Art. 7]
package soc2lint.rules.privacy.choice_consent

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

substantive if count([s | some s in input.statements; doc.body(s)]) >= 3

# Headings count: a "Your Choices" section states the element.
has_choice if {
	some s in input.statements
	vocab.mentions(s.norm, "privacy_choice")
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("privacy")
	substantive
	not has_choice

	violation := result.fail_file(
		"The privacy document does not describe individuals' choices or how consent is given and withdrawn.",
		"El documento de privacidad no describe las opciones de las personas ni cómo se da y se retira el consentimiento.",
	)
}
