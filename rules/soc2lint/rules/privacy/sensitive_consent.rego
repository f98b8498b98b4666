# METADATA
# title: Explicit consent for sensitive personal information
# description: >
#   When a privacy document says that sensitive or special-category personal
#   information (health, biometric, religious or similar data) is collected,
#   it must say that explicit consent is obtained for it. Auditors test P3.2
#   against the consent records for that information.
# custom:
#   id: privacy-sensitive-consent
#   title_es: Consentimiento explícito para datos personales sensibles
#   criteria: [P3.2]
#   severity: warning
#   remediation:
#     en: State that explicit consent is obtained, and recorded, before sensitive personal information is collected, or state that such information is not collected.
#     es: Indique que se obtiene, y se registra, el consentimiento explícito antes de recoger datos personales sensibles, o que esos datos no se recogen.
#   mappings:
#     iso27001: [A.5.34]
#     nist_csf: [GV.OC-03]
#     gdpr: [Art. 9]
package soc2lint.rules.privacy.sensitive_consent

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

explicit_consent if {
	some s in input.statements
	vocab.mentions(s.norm, "explicit_consent")
}

deny contains violation if {
	doc.governing(input)
	topics.about("privacy")
	not explicit_consent

	some s in doc.about(input, "sensitive_data")
	vocab.mentions(s.norm, "collection_verb")
	not doc.negated(s)

	violation := result.fail(
		sprintf("Sensitive personal information is collected, but the document does not require explicit consent: %s", [doc.quote(s)]),
		sprintf("Se recogen datos personales sensibles, pero el documento no exige consentimiento explícito: %s", [doc.quote(s)]),
		s,
	)
}
