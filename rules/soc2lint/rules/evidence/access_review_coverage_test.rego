package soc2lint.rules.evidence.access_review_coverage_test

import data.soc2lint.rules.evidence.access_review_coverage

run := {"as_of": "2026-12-31", "scope": {"period": {"start": "2026-01-01", "end": "2026-12-31"}}, "facts": {}}

export(dates) := {"file": "uar.csv", "evidence": {"type": "access_review", "columns": {}, "records": [], "summary": {"location": {"line": 1}, "dates": {"review_date": dates}}}}

test_every_quarter_passes if {
	count(access_review_coverage.deny) == 0 with input as export(["2026-02-10", "2026-05-04", "2026-08-20", "2026-11-02"])
		with data.soc2lint.run as run
}

test_missing_quarter_flagged if {
	access_review_coverage.deny == {{
		"message": {
			"en": "No access review in 2026-Q3: the export has reviews on 3 days between 2026-02-10 and 2026-11-02, but none in that interval (quarterly frequency from the default).",
			"es": "No hay revisión de accesos en 2026-Q3: la exportación tiene revisiones en 3 días entre 2026-02-10 y 2026-11-02, pero ninguna en ese intervalo (frecuencia trimestral según el valor por defecto).",
		},
		"location": {"line": 1},
	}} with input as export(["2026-02-10", "2026-05-04", "2026-11-02"])
		with data.soc2lint.run as run
}

test_stated_semiannual_frequency_passes if {
	facts := {"access_review": {"days": 182, "file": "policies/acceso.md", "line": 12, "phrase": "semestral"}}
	count(access_review_coverage.deny) == 0 with input as export(["2026-03-15", "2026-09-15"])
		with data.soc2lint.run as object.union(run, {"facts": facts})
}

test_inferred_period_without_scope if {
	no_period := object.union(run, {"scope": {"period": {"start": "", "end": ""}}})
	messages := {v.message.en | some v in access_review_coverage.deny} with input as export(["2026-01-20", "2026-07-14"])
		with data.soc2lint.run as no_period
	count(messages) == 1
	some m in messages
	startswith(m, "No access review in 2026-Q2")
}
