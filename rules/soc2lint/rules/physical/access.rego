# METADATA
# title: Physical access restricted
# description: >
#   A physical security policy must restrict entry to offices, server rooms
#   and data centres to authorized people (badges, keys, locks) and control
#   visitors. Auditors test CC6.4 against badge lists and visitor logs.
# custom:
#   id: physical-access
#   title_es: Acceso físico restringido
#   criteria: [CC6.4]
#   severity: error
#   remediation:
#     en: State how entry to each facility is restricted (badges, keys, locks), who approves physical access, how it is removed, and how visitors are signed in and escorted.
#     es: Indique cómo se restringe la entrada a cada instalación (tarjetas, llaves, cerraduras), quién aprueba el acceso físico, cómo se retira y cómo se registra y acompaña a los visitantes.
#   mappings:
#     iso27001: [A.7.1, A.7.2]
#     nist_csf: [PR.AA-06]
package soc2lint.rules.physical.access

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics

stated if count(doc.about(input, "physical_access")) > 0

deny contains violation if {
	doc.covers_topic(input)
	topics.about("physical_security")
	count([s | some s in input.statements; doc.body(s)]) >= 3
	not stated

	violation := result.fail_file(
		"The physical security policy does not say how entry to facilities is restricted to authorized people.",
		"La política de seguridad física no indica cómo se restringe la entrada a las instalaciones a personas autorizadas.",
	)
}
