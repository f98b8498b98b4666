# METADATA
# title: Emergency change procedure
# description: >
#   The change policy should say how emergency changes are made and approved
#   after the fact. Without it, urgent fixes bypass the process and auditors
#   find unapproved changes in the CC8.1 sample.
# custom:
#   id: change-emergency
#   title_es: Procedimiento de cambios de emergencia
#   criteria: [CC8.1]
#   severity: warning
#   remediation:
#     en: Describe who may authorize an emergency change, how it is recorded, and the deadline for retrospective review and approval.
#     es: Describa quién puede autorizar un cambio de emergencia, cómo se registra y el plazo para su revisión y aprobación posteriores.
#   mappings:
#     iso27001: [A.8.32]
#     nist_csf: [PR.PS-01]
package soc2lint.rules.change.emergency

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

mentions_emergency if {
	some s in input.statements
	vocab.mentions(s.norm, "emergency_change")
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("change_management")
	not mentions_emergency

	violation := result.fail_file(
		"The change management policy has no emergency change procedure.",
		"La política de gestión de cambios no tiene procedimiento para cambios de emergencia.",
	)
}
