package soc2lint.rules.evidence.change_approval_test

import data.soc2lint.rules.evidence.change_approval

chunk(records) := {"file": "cambios.xlsx", "evidence": {"type": "change", "columns": {}, "records": records, "chunk": 0}}

test_independent_prior_approval_passes if {
	records := [{"sheet": "Log", "cell": "A2", "fields": {"id": "R-1", "author": "ana", "approver": "Luis", "approved_at": "2026-03-01T09:00:00Z", "deployed_at": "2026-03-01T12:00:00Z"}}]
	count(change_approval.deny) == 0 with input as chunk(records)
}

test_self_approval_flagged if {
	records := [{"sheet": "Log", "cell": "A3", "fields": {"id": "R-2", "author": "Ana.Diaz ", "approver": "ana.diaz", "approved_at": "2026-03-01", "deployed_at": "2026-03-02"}}]
	change_approval.deny == {{
		"message": {
			"en": "Change R-2 at Log!A3 was approved by its own author, Ana.Diaz .",
			"es": "El cambio R-2 en Log!A3 lo aprobó su propio autor, Ana.Diaz .",
		},
		"location": {"sheet": "Log", "cell": "A3"},
		"group": "row",
	}} with input as chunk(records)
}

test_same_day_deployment_before_approval_flagged if {
	records := [{"line": 9, "fields": {"id": "R-3", "author": "a", "approver": "b", "approved_at": "2026-05-05T16:00:00Z", "deployed_at": "2026-05-05T11:00:00Z"}}]
	{v.message.en | some v in change_approval.deny} == {"Change R-3 at line 9 was deployed at 2026-05-05T11:00:00Z, before it was approved at 2026-05-05T16:00:00Z."} with input as chunk(records)
}

test_spanish_emergency_change_approved_later_passes if {
	records := [{"line": 4, "fields": {"id": "R-4", "change_type": "Emergencia", "author": "a", "approver": "b", "approved_at": "2026-05-06", "deployed_at": "2026-05-05"}}]
	count(change_approval.deny) == 0 with input as chunk(records)
}

test_spanish_missing_approver_flagged if {
	records := [{"line": 4, "fields": {"id": "R-5", "author": "a", "deployed_at": "2026-05-05"}}]
	{v.message.es | some v in change_approval.deny} == {"El cambio R-5 en línea 4 no tiene aprobador."} with input as chunk(records)
}
