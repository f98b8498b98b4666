# METADATA
# title: Encryption in transit required
# description: >
#   The encryption policy must require that data sent over networks the
#   company does not control is encrypted (TLS, SSH, VPN). Auditors test
#   CC6.7 against this requirement; a "should" leaves it optional.
# custom:
#   id: encryption-in-transit
#   title_es: Cifrado en tránsito obligatorio
#   criteria: [CC6.7]
#   severity: error
#   remediation:
#     en: State that data in transit over external or untrusted networks must be encrypted with TLS 1.2 or later (or SSH/IPsec).
#     es: Indique que los datos en tránsito por redes externas o no confiables deben cifrarse con TLS 1.2 o superior (o SSH/IPsec).
#   mappings:
#     iso27001: [A.8.24, A.5.14]
#     nist_csf: [PR.DS-02]
#     gdpr: [Art. 32]
package soc2lint.rules.encryption.in_transit

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

# A transit statement names a protocol (TLS, HTTPS, SSH) or pairs
# encryption with transmission, networks or "in transit".
transit_statements := [s |
	some s in input.statements
	s.source != "heading"
	vocab.mentions(s.norm, "encryption")
	vocab.mentions(s.norm, "transit")
]

deny contains violation if {
	doc.governing(input)
	topics.about("encryption")
	count(transit_statements) > 0
	every s in transit_statements {
		doc.weak(s)
	}
	first := transit_statements[0]

	violation := result.fail(
		sprintf("Encryption in transit is only recommended, not required: %s", [doc.quote(first)]),
		sprintf("El cifrado en tránsito solo se recomienda, no es obligatorio: %s", [doc.quote(first)]),
		first,
	)
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("encryption")
	count(transit_statements) == 0

	violation := result.fail_file(
		"The encryption policy does not require encryption of data in transit.",
		"La política de cifrado no exige cifrar los datos en tránsito.",
	)
}
