package soc2lint.rules.evidence.change_testing_test

import data.soc2lint.rules.evidence.change_testing

chunk(columns, records) := {"file": "changes.csv", "evidence": {"type": "change", "columns": columns, "records": records, "chunk": 0}}

test_tested_change_passes if {
	count(change_testing.deny) == 0 with input as chunk({"tested": "QA Passed"}, [{"line": 2, "fields": {"id": "X-1", "tested": true}}])
}

test_untested_change_flagged if {
	change_testing.deny == {{
		"message": {
			"en": "Change X-2 at line 3 is marked as not tested (column \"QA Passed\").",
			"es": "El cambio X-2 en línea 3 figura como no probado (columna \"QA Passed\").",
		},
		"location": {"line": 3},
		"group": "row",
	}} with input as chunk({"tested": "QA Passed"}, [{"line": 3, "fields": {"id": "X-2", "tested": false}}])
}

test_spanish_header_untested_flagged if {
	count(change_testing.deny) == 1 with input as chunk({"tested": "Probado"}, [{"line": 3, "fields": {"id": "X-3", "tested": false}}])
}

test_unknown_testing_passes if {
	count(change_testing.deny) == 0 with input as chunk({}, [{"line": 3, "fields": {"id": "X-4"}}])
}
