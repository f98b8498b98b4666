package soc2lint.rules.evidence.restore_tests_test

import data.soc2lint.rules.evidence.restore_tests

run := {"as_of": "2026-12-31", "scope": {"period": {"start": "2026-01-01", "end": "2026-12-31"}}, "facts": {"restore_test": {"days": 91, "file": "bcp.md", "line": 20, "phrase": "quarterly"}}}

export(all_dates, passed) := {"file": "restores.csv", "evidence": {"type": "backup_restore", "columns": {}, "records": [], "summary": {"location": {"line": 1}, "dates": {"test_date": all_dates}, "passed": passed}}}

test_quarterly_tests_pass if {
	tests := ["2026-02-01", "2026-05-01", "2026-08-01", "2026-11-01"]
	count(restore_tests.deny) == 0 with input as export(tests, tests) with data.soc2lint.run as run
}

test_failed_only_quarter_flagged if {
	tests := ["2026-02-01", "2026-05-01", "2026-08-01", "2026-11-01"]
	restore_tests.deny == {{
		"message": {
			"en": "No successful restore test in 2026-Q2 (quarterly frequency from bcp.md:20); the export has 3 successful tests between 2026-01-01 and 2026-12-31.",
			"es": "No hay prueba de restauración correcta en 2026-Q2 (frecuencia trimestral según bcp.md:20); la exportación tiene 3 pruebas correctas entre 2026-01-01 y 2026-12-31.",
		},
		"location": {"line": 1},
	}} with input as export(tests, ["2026-02-01", "2026-08-01", "2026-11-01"]) with data.soc2lint.run as run
}

test_spanish_default_annual_passes if {
	no_fact := {"as_of": run.as_of, "scope": run.scope, "facts": {}}
	count(restore_tests.deny) == 0 with input as export(["2026-06-10"], ["2026-06-10"]) with data.soc2lint.run as no_fact
}
