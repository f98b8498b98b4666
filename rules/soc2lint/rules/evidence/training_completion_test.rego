package soc2lint.rules.evidence.training_completion_test

import data.soc2lint.rules.evidence.training_completion

run := {"as_of": "2026-11-30", "scope": {"period": {"start": "", "end": ""}}, "facts": {}}

export(people) := {"file": "training.csv", "evidence": {"type": "training", "columns": {}, "records": [], "summary": {"location": {"line": 1}, "people": people}}}

person(line, fields) := {"line": line, "fields": fields}

test_current_people_pass if {
	people := [
		person(2, {"person": "P-1", "status": "active", "hire_date": "2020-05-01", "completed_on": "2026-04-01"}),
		person(3, {"person": "P-2", "status": "active", "hire_date": "2026-10-01", "completed_on": "2026-10-20"}),
		person(4, {"person": "P-3", "status": "active", "hire_date": "2026-11-20"}),
	]
	count(training_completion.deny) == 0 with input as export(people) with data.soc2lint.run as run
}

test_overdue_active_person_flagged if {
	people := [person(6, {"person": "P-9", "status": "active", "hire_date": "2021-01-10", "completed_on": "2025-06-30"})]
	training_completion.deny == {{
		"message": {
			"en": "P-9 at line 6 last completed training on 2025-06-30, 518 days before 2026-11-30; everyone must complete it every 365 days (the default).",
			"es": "P-9 en línea 6 completó la formación por última vez el 2025-06-30, 518 días antes del 2026-11-30; todos deben completarla cada 365 días (el valor por defecto).",
		},
		"location": {"line": 6},
		"group": "row",
	}} with input as export(people) with data.soc2lint.run as run
}

test_terminated_person_not_counted if {
	people := [person(8, {"person": "P-4", "status": "terminated", "hire_date": "2019-01-10"})]
	count(training_completion.deny) == 0 with input as export(people) with data.soc2lint.run as run
}

test_spanish_new_hire_late_flagged if {
	people := [person(3, {"person": "E-77", "status": "active", "hire_date": "2026-08-03", "completed_on": "2026-10-15"})]
	{v.message.es | some v in training_completion.deny} == {"E-77 en línea 3 completó la formación el 2026-10-15, 73 días después de incorporarse el 2026-08-03; las nuevas incorporaciones deben completarla en 30 días (el valor por defecto)."} with input as export(people)
		with data.soc2lint.run as run
}
