package soc2lint.rules.evidence.offboarding_test

import data.soc2lint.rules.evidence.offboarding

run := {"as_of": "2026-11-30", "scope": {"period": {"start": "", "end": ""}}, "facts": {}}

chunk(records) := {"file": "bajas.csv", "evidence": {"type": "termination", "columns": {}, "records": records, "chunk": 0}}

leaver(line, last_day, deactivated) := {"line": line, "fields": {"person_id": sprintf("L-%d", [line]), "termination_date": last_day, "deactivated_at": deactivated}}

test_friday_leaver_deactivated_monday_passes if {
	# 2026-03-06 is a Friday.
	count(offboarding.deny) == 0 with input as chunk([leaver(2, "2026-03-06", "2026-03-09T08:00:00Z")]) with data.soc2lint.run as run
}

test_tuesday_leaver_deactivated_thursday_flagged if {
	offboarding.deny == {{
		"message": {
			"en": "L-3 at line 3 left on 2026-03-03 but the account was deactivated on 2026-03-05T10:00:00Z (2 days later); the deadline was 2026-03-04 (the default).",
			"es": "L-3 en línea 3 se fue el 2026-03-03 pero la cuenta se desactivó el 2026-03-05T10:00:00Z (2 days después); el plazo era 2026-03-04 (el valor por defecto).",
		},
		"location": {"line": 3},
		"group": "row",
	}} with input as chunk([leaver(3, "2026-03-03", "2026-03-05T10:00:00Z")]) with data.soc2lint.run as run
}

test_hour_window_from_policy if {
	facts := {"deprovisioning": {"hours": 4, "next_working_day": false, "file": "acceso.md", "line": 30, "phrase": "dentro de 4 horas"}}
	with_facts := object.union(run, {"facts": facts})
	count(offboarding.deny) == 0 with input as chunk([leaver(2, "2026-03-03", "2026-03-04T03:00:00Z")]) with data.soc2lint.run as with_facts
	count(offboarding.deny) == 1 with input as chunk([leaver(2, "2026-03-03", "2026-03-04T09:00:00Z")]) with data.soc2lint.run as with_facts
}

test_spanish_no_deactivation_flagged if {
	record := {"line": 4, "fields": {"name": "Marta Gil", "termination_date": "2026-06-01"}}
	{v.message.es | some v in offboarding.deny} == {"Marta Gil en línea 4 se fue el 2026-06-01 y la exportación no muestra desactivación."} with input as chunk([record])
		with data.soc2lint.run as run
}
