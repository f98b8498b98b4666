# METADATA
# title: Collection and use limited to stated purposes
# description: >
#   An internal privacy policy must limit the collection of personal
#   information to what the stated purposes need (P3.1) and its use to those
#   purposes or to uses the individual consented to (P4.1). Notices are not
#   checked: they list the purposes, and the limits are an internal rule.
# custom:
#   id: privacy-purpose-limitation
#   title_es: Recogida y uso limitados a las finalidades declaradas
#   criteria: [P3.1, P4.1]
#   severity: warning
#   remediation:
#     en: State that personal information is collected only as far as the purposes in the privacy notice need it, and used only for those purposes or with new consent.
#     es: Indique que los datos personales se recogen solo en la medida en que lo requieren las finalidades del aviso de privacidad, y se usan solo para esas finalidades o con un nuevo consentimiento.
#   mappings:
#     iso27001: [A.5.34]
#     nist_csf: [GV.OC-03]
#     gdpr: [Art. 5]
package soc2lint.rules.privacy.purpose_limitation

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

applies if {
	doc.covers_topic(input)
	topics.about("privacy")
	not "privacy_notice" in topics.of(input)
	count([s | some s in input.statements; doc.body(s)]) >= 3
}

limited(verb) if {
	some s in doc.about(input, "purpose_limitation")
	vocab.mentions(s.norm, verb)
}

deny contains violation if {
	applies
	not limited("collection_verb")

	violation := object.union(
		result.fail_file(
			"The privacy policy does not limit the collection of personal information to the stated purposes.",
			"La política de privacidad no limita la recogida de datos personales a las finalidades declaradas.",
		),
		{"criteria": ["P3.1"]},
	)
}

deny contains violation if {
	applies
	not limited("use_verb")

	violation := object.union(
		result.fail_file(
			"The privacy policy does not limit the use of personal information to the stated purposes.",
			"La política de privacidad no limita el uso de los datos personales a las finalidades declaradas.",
		),
		{"criteria": ["P4.1"]},
	)
}
