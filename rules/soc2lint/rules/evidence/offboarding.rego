# METADATA
# title: Leavers' access removed on time
# description: >
#   Each leaver in a terminations export must have their account deactivated
#   within the window the access policy states after their last day. By
#   default, and when the policy says "next working day", the deadline is the
#   end of the first Monday-to-Friday day after the last day, so a Friday
#   leaver deactivated on Monday is on time. An hour window counts from the
#   end of the last day. Public holidays are not known.
# custom:
#   id: evidence-offboarding
#   title_es: Accesos de las bajas retirados a tiempo
#   criteria: [CC6.2]
#   severity: error
#   remediation:
#     en: Deactivate leavers' accounts from the HR termination event, and review the listed cases with the system owners.
#     es: Desactive las cuentas de las bajas a partir del evento de baja de RR. HH. y revise los casos indicados con los responsables de los sistemas.
#   mappings:
#     iso27001: [A.5.18, A.6.5]
#     nist_csf: [PR.AA-05]
package soc2lint.rules.evidence.offboarding

import data.soc2lint.lib.evidence as ev

window := ev.fact("deprovisioning", {"hours": 24, "next_working_day": true})

who(record) := record.fields.person_id if record.fields.person_id

else := record.fields.name if record.fields.name

else := record.fields.username if record.fields.username

else := "A leaver"

# late is [deadline text, delay text] when the deactivation missed the window.
late(record) := [deadline, sprintf("%d days", [ev.days_between(record.fields.termination_date, record.fields.deactivated_at)])] if {
	window.next_working_day
	deadline := ev.working_day_after(record.fields.termination_date)
	ev.day(record.fields.deactivated_at) > deadline
}

late(record) := [deadline, sprintf("%.1f hours", [hours])] if {
	not window.next_working_day
	end_of_day := ev.ns(ev.day(record.fields.termination_date)) + ev.day_ns
	hours := (ev.ns(record.fields.deactivated_at) - end_of_day) / (ev.day_ns / 24)
	hours > window.hours
	deadline := sprintf("%v hours after the last day", [window.hours])
}

deny contains violation if {
	ev.of_type("termination")
	some record in ev.records
	[deadline, delay] := late(record)

	violation := ev.row_fail(
		sprintf("%s at %s left on %s but the account was deactivated on %s (%s later); the deadline was %s (%s).", [who(record), ev.where(record), ev.day(record.fields.termination_date), record.fields.deactivated_at, delay, deadline, ev.source(window)]),
		sprintf("%s en %s se fue el %s pero la cuenta se desactivó el %s (%s después); el plazo era %s (%s).", [who(record), ev.donde(record), ev.day(record.fields.termination_date), record.fields.deactivated_at, delay, deadline, ev.fuente(window)]),
		record,
	)
}

deny contains violation if {
	ev.of_type("termination")
	some record in ev.records
	not record.fields.deactivated_at
	ev.days_to_as_of(record.fields.termination_date) > 0

	violation := ev.row_fail(
		sprintf("%s at %s left on %s and the export shows no deactivation.", [who(record), ev.where(record), ev.day(record.fields.termination_date)]),
		sprintf("%s en %s se fue el %s y la exportación no muestra desactivación.", [who(record), ev.donde(record), ev.day(record.fields.termination_date)]),
		record,
	)
}
