# METADATA
# title: Encryption at rest required
# description: >
#   The encryption policy must require encryption of stored data (databases,
#   backups, laptops). Auditors assess it under CC6.1 as a logical access
#   safeguard for data whose storage media could be lost or accessed.
# custom:
#   id: encryption-at-rest
#   title_es: Cifrado en reposo obligatorio
#   criteria: [CC6.1]
#   severity: error
#   remediation:
#     en: State that confidential data at rest (databases, object storage, backups, endpoints) must be encrypted, for example with AES-256.
#     es: Indique que los datos confidenciales en reposo (bases de datos, almacenamiento, copias, equipos) deben cifrarse, por ejemplo con AES-256.
#   mappings:
#     iso27001: [A.8.24]
#     nist_csf: [PR.DS-01]
#     gdpr: [Art. 32]
package soc2lint.rules.encryption.at_rest

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

at_rest_required if {
	some s in input.statements
	s.source != "heading"
	vocab.mentions(s.norm, "encryption")
	vocab.mentions(s.norm, "at_rest")
	doc.binding(s)
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("encryption")
	not at_rest_required

	violation := result.fail_file(
		"The encryption policy does not require encryption of data at rest.",
		"La política de cifrado no exige cifrar los datos en reposo.",
	)
}
