# METADATA
# title: Leavers' access removed within a stated time
# description: >
#   The policy must say how fast a leaver's access is removed (for example
#   "within 24 hours" or "by the end of the next working day"). Auditors test
#   CC6.2 by comparing termination dates with account deactivation dates, and
#   they need a stated deadline to test against.
# custom:
#   id: access-deprovisioning
#   title_es: Retirada de accesos de bajas en un plazo definido
#   criteria: [CC6.2]
#   severity: error
#   remediation:
#     en: State a deadline for disabling all accounts of a leaver, such as "no later than the end of the last working day" or "within 24 hours".
#     es: Indique un plazo para deshabilitar todas las cuentas de una baja, como "antes del final del último día laborable" o "en un plazo de 24 horas".
#   mappings:
#     iso27001: [A.5.18, A.6.5]
#     nist_csf: [PR.AA-05]
package soc2lint.rules.access.deprovisioning

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

# leaver_removals are statements about removing a leaver's access.
leaver_removals := [s |
	some s in doc.about(input, "leaver")
	vocab.mentions(s.norm, "access_removal")
]

# Statements in a section about leavers count even when the sentence itself
# does not repeat the word ("All accounts are disabled within 24 hours").
in_leaver_section(s) if {
	some title in s.section_path
	vocab.mentions(title, "leaver")
}

timed_removal if {
	some s in leaver_removals
	doc.has_deadline(s)
}

timed_removal if {
	some s in input.statements
	doc.body(s)
	in_leaver_section(s)
	vocab.mentions(s.norm, "access_removal")
	doc.has_deadline(s)
}

deny contains violation if {
	doc.governing(input)
	topics.about("access_control")
	count(leaver_removals) > 0
	not timed_removal
	first := leaver_removals[0]

	violation := result.fail(
		sprintf("Removal of leavers' access has no deadline: %s", [doc.quote(first)]),
		sprintf("La retirada de accesos de las bajas no tiene plazo: %s", [doc.quote(first)]),
		first,
	)
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("access_control")
	count(leaver_removals) == 0
	not timed_removal

	violation := result.fail_file(
		"The access-control policy does not say when leavers' access is removed.",
		"La política de control de accesos no indica cuándo se retiran los accesos de las bajas.",
	)
}
