# METADATA
# title: MFA required for privileged and remote access
# description: >
#   The access-control policy must require multi-factor authentication for
#   administrator, production, cloud console, database and remote access.
#   Auditors treat MFA that is only recommended for these accounts as a
#   design gap under CC6.1, even when MFA is required elsewhere.
# custom:
#   id: access-mfa
#   title_es: MFA obligatorio para accesos privilegiados y remotos
#   criteria: [CC6.1]
#   severity: error
#   remediation:
#     en: >
#       State that MFA is required (must) for all privileged, administrative,
#       production, cloud console, database and remote (VPN, SSH) access,
#       with no "where possible" exceptions.
#     es: >
#       Indique que la MFA es obligatoria (debe) para todo acceso privilegiado,
#       administrativo, a producción, a consolas cloud, a bases de datos y
#       remoto (VPN, SSH), sin excepciones del tipo "cuando sea posible".
#   mappings:
#     iso27001: [A.8.5, A.5.17]
#     nist_csf: [PR.AA-03]
#     gdpr: [Art. 32]
package soc2lint.rules.access.mfa

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

mfa_statements := doc.about(input, "mfa")

# privileged is true when the statement is about privileged or remote access,
# or about every account (which includes them).
privileged(s) if vocab.mentions(s.norm, "privileged_scope")

privileged(s) if vocab.mentions(s.norm, "universal_scope")

weak_privileged := [s |
	some s in mfa_statements
	privileged(s)
	doc.weak(s)
	not doc.negated(s)
]

required_for_privileged if {
	some s in mfa_statements
	privileged(s)
	doc.binding(s)
}

deny contains violation if {
	doc.governing(input)
	topics.about("access_control")
	some s in weak_privileged

	violation := result.fail(
		sprintf("MFA for privileged or remote access is only recommended or optional, not required: %s", [doc.quote(s)]),
		sprintf("La MFA para accesos privilegiados o remotos solo se recomienda o es opcional, no es obligatoria: %s", [doc.quote(s)]),
		s,
	)
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("access_control")
	count(weak_privileged) == 0
	not required_for_privileged

	violation := result.fail_file(
		"The access-control policy does not require MFA for privileged, production or remote access.",
		"La política de control de accesos no exige MFA para accesos privilegiados, a producción o remotos.",
	)
}
