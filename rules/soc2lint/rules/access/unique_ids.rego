# METADATA
# title: Unique user IDs, no shared accounts
# description: >
#   Every person should sign in with their own account so that actions can be
#   traced to an individual. Auditors look for a unique-ID requirement and a
#   prohibition or tight limit on shared accounts under CC6.1.
# custom:
#   id: access-unique-ids
#   title_es: Identificadores de usuario únicos, sin cuentas compartidas
#   criteria: [CC6.1]
#   severity: warning
#   remediation:
#     en: State that each person uses a unique, named account and that shared or generic accounts are prohibited or limited to documented exceptions.
#     es: Indique que cada persona usa una cuenta única y nominativa y que las cuentas compartidas o genéricas están prohibidas o limitadas a excepciones documentadas.
#   mappings:
#     iso27001: [A.5.16]
#     nist_csf: [PR.AA-01]
package soc2lint.rules.access.unique_ids

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics

deny contains violation if {
	doc.covers_topic(input)
	topics.about("access_control")
	count(doc.about(input, "unique_ids")) == 0

	violation := result.fail_file(
		"The access-control policy does not require unique user IDs or restrict shared accounts.",
		"La política de control de accesos no exige identificadores de usuario únicos ni restringe las cuentas compartidas.",
	)
}
