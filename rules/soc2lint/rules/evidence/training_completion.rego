# METADATA
# title: Every active person trained on time
# description: >
#   A training export must show every active person completing security
#   awareness training within the policy's cycle (default 365 days) before
#   the run's as_of date, and every new hire within the policy's onboarding
#   window (default 30 days) of their hire date. People marked terminated or
#   on leave are not counted. Rows are folded per person, so an old
#   completion does not count against someone who completed again later.
# custom:
#   id: evidence-training-completion
#   title_es: Cada persona activa formada a tiempo
#   criteria: [CC2.2]
#   severity: error
#   remediation:
#     en: Have the people listed complete the training and export the records again; mark people who left as terminated.
#     es: Haga que las personas indicadas completen la formación y exporte de nuevo los registros; marque como bajas a quienes se fueron.
#   mappings:
#     iso27001: [A.6.3]
#     nist_csf: [PR.AT-01]
package soc2lint.rules.evidence.training_completion

import data.soc2lint.lib.evidence as ev

cycle := ev.fact("training", {"days": 365})

onboarding := ev.fact("training_new_hire", {"days": 30})

inactive := {"terminated", "leave"}

counted(p) if not p.fields.status in inactive

new_hire(p) if ev.days_to_as_of(p.fields.hire_date) <= cycle.days

# due names the pending course and due date of a person, when known.
due(p) := sprintf(" (%s due %s)", [object.get(p.fields, "course", "training"), p.fields.due_date]) if p.fields.due_date

else := ""

deny contains violation if {
	some p in people
	new_hire(p)
	not p.fields.completed_on
	days := ev.days_to_as_of(p.fields.hire_date)
	days > onboarding.days

	violation := ev.row_fail(
		sprintf("%s at %s was hired on %s, %d days before %s, and has no completed training%s; new hires must complete it within %d days (%s).", [p.fields.person, ev.where(p), p.fields.hire_date, days, data.soc2lint.run.as_of, due(p), onboarding.days, ev.source(onboarding)]),
		sprintf("%s en %s se incorporó el %s, %d días antes del %s, y no tiene formación completada%s; las nuevas incorporaciones deben completarla en %d días (%s).", [p.fields.person, ev.donde(p), p.fields.hire_date, days, data.soc2lint.run.as_of, due(p), onboarding.days, ev.fuente(onboarding)]),
		p,
	)
}

deny contains violation if {
	some p in people
	new_hire(p)
	days := ev.days_between(p.fields.hire_date, p.fields.completed_on)
	days > onboarding.days

	violation := ev.row_fail(
		sprintf("%s at %s completed training on %s, %d days after being hired on %s; new hires must complete it within %d days (%s).", [p.fields.person, ev.where(p), p.fields.completed_on, days, p.fields.hire_date, onboarding.days, ev.source(onboarding)]),
		sprintf("%s en %s completó la formación el %s, %d días después de incorporarse el %s; las nuevas incorporaciones deben completarla en %d días (%s).", [p.fields.person, ev.donde(p), p.fields.completed_on, days, p.fields.hire_date, onboarding.days, ev.fuente(onboarding)]),
		p,
	)
}

deny contains violation if {
	some p in people
	not new_hire(p)
	not p.fields.completed_on

	violation := ev.row_fail(
		sprintf("%s at %s is active and has no completed training on record%s; everyone must complete it every %d days (%s).", [p.fields.person, ev.where(p), due(p), cycle.days, ev.source(cycle)]),
		sprintf("%s en %s está activo y no tiene formación completada registrada%s; todos deben completarla cada %d días (%s).", [p.fields.person, ev.donde(p), due(p), cycle.days, ev.fuente(cycle)]),
		p,
	)
}

deny contains violation if {
	some p in people
	not new_hire(p)
	days := ev.days_to_as_of(p.fields.completed_on)
	days > cycle.days

	violation := ev.row_fail(
		sprintf("%s at %s last completed training on %s, %d days before %s; everyone must complete it every %d days (%s).", [p.fields.person, ev.where(p), p.fields.completed_on, days, data.soc2lint.run.as_of, cycle.days, ev.source(cycle)]),
		sprintf("%s en %s completó la formación por última vez el %s, %d días antes del %s; todos deben completarla cada %d días (%s).", [p.fields.person, ev.donde(p), p.fields.completed_on, days, data.soc2lint.run.as_of, cycle.days, ev.fuente(cycle)]),
		p,
	)
}

people contains p if {
	ev.of_type("training")
	some p in ev.summary.people
	counted(p)
}
