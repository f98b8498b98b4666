# METADATA
# title: Access granted only after approval
# description: >
#   Access must be approved, by the manager or system owner, before it is
#   granted. Auditors test CC6.2 by sampling new accounts and looking for the
#   approval recorded before provisioning.
# custom:
#   id: access-provisioning-approval
#   title_es: Accesos concedidos solo tras aprobación
#   criteria: [CC6.2]
#   severity: error
#   remediation:
#     en: State who approves access requests (manager, system owner) and that access is provisioned only after the approval is recorded.
#     es: Indique quién aprueba las solicitudes de acceso (responsable, propietario del sistema) y que el acceso solo se concede tras registrar la aprobación.
#   mappings:
#     iso27001: [A.5.18]
#     nist_csf: [PR.AA-05]
package soc2lint.rules.access.provisioning_approval

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

approved_grant if {
	some s in doc.about(input, "access_grant")
	vocab.mentions(s.norm, "approval")
	not doc.weak(s)
}

# An approval statement in a section about requesting or granting access
# counts even when the sentence does not repeat "access".
approved_grant if {
	some s in input.statements
	doc.body(s)
	vocab.mentions(s.norm, "approval")
	not doc.weak(s)
	some title in s.section_path
	vocab.mentions(title, "access_grant")
}

approved_grant if {
	some s in input.statements
	doc.body(s)
	vocab.mentions(s.norm, "approval")
	not doc.weak(s)
	some title in s.section_path
	regex.match(`\b(provisioning|onboarding|granting|requesting|alta|aprovisionamiento)\b`, title)
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("access_control")
	not approved_grant

	violation := result.fail_file(
		"The access-control policy does not require approval before access is granted.",
		"La política de control de accesos no exige aprobación antes de conceder accesos.",
	)
}
