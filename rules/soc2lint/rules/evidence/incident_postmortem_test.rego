package soc2lint.rules.evidence.incident_postmortem_test

import data.soc2lint.rules.evidence.incident_postmortem

run := {"as_of": "2026-11-30", "scope": {"period": {"start": "", "end": ""}}, "facts": {}}

chunk(records) := {"file": "incidents.csv", "evidence": {"type": "incident", "columns": {}, "records": records, "chunk": 0}}

test_postmortem_linked_passes if {
	records := [{"line": 2, "fields": {"id": "INC-1", "severity": "high", "opened": "2026-05-01", "closed": "2026-05-02", "postmortem": "https://wiki.example/pm/1"}}]
	count(incident_postmortem.deny) == 0 with input as chunk(records) with data.soc2lint.run as run
}

test_missing_postmortem_flagged if {
	records := [{"line": 3, "fields": {"id": "INC-2", "severity": "critical", "opened": "2026-05-01", "closed": "2026-05-03", "postmortem": "N/A"}}]
	incident_postmortem.deny == {{
		"message": {
			"en": "Incident INC-2 at line 3 closed on 2026-05-03 has no post-mortem.",
			"es": "El incidente INC-2 en línea 3, cerrado el 2026-05-03, no tiene análisis posterior.",
		},
		"location": {"line": 3},
		"group": "row",
		"criteria": ["CC7.5"],
	}} with input as chunk(records) with data.soc2lint.run as run
}

test_recently_closed_not_yet_due if {
	records := [{"line": 4, "fields": {"id": "INC-3", "severity": "high", "opened": "2026-11-20", "closed": "2026-11-25"}}]
	count(incident_postmortem.deny) == 0 with input as chunk(records) with data.soc2lint.run as run
}

test_spanish_open_critical_flagged if {
	records := [{"line": 5, "fields": {"id": "INC-4", "severity": "critical", "opened": "2026-09-01", "status": "Abierto", "postmortem": "pendiente"}}]
	{v.message.es | some v in incident_postmortem.deny} == {"El incidente INC-4 de severidad critical en línea 5 está abierto desde el 2026-09-01, 90 días al 2026-11-30."} with input as chunk(records)
		with data.soc2lint.run as run
}
