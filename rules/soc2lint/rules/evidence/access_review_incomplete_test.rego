package soc2lint.rules.evidence.access_review_incomplete_test

import data.soc2lint.rules.evidence.access_review_incomplete

chunk(columns, records) := {"file": "revision.csv", "evidence": {"type": "access_review", "columns": columns, "records": records, "chunk": 0}}

english := {"user": "User", "reviewer": "Reviewer", "decision": "Decision", "review_date": "Review Date"}

spanish := {"user": "Usuario", "reviewer": "Revisor", "decision": "Decisión", "review_date": "Fecha de revisión"}

test_complete_rows_pass if {
	records := [{"line": 2, "fields": {"user": "ana", "reviewer": "luis", "decision": "keep", "review_date": "2026-03-01"}}]
	count(access_review_incomplete.deny) == 0 with input as chunk(english, records)
}

test_row_without_decision_flagged if {
	records := [{"line": 5, "fields": {"user": "bo", "reviewer": "kim", "review_date": "2026-03-01"}}]
	access_review_incomplete.deny == {{
		"message": {"en": "The review of bo at line 5 has no decision.", "es": "La revisión de bo en línea 5 no tiene decisión."},
		"location": {"line": 5},
		"group": "row",
	}} with input as chunk(english, records)
}

test_spanish_headers_row_without_reviewer_flagged if {
	records := [{"sheet": "Revisión", "cell": "A7", "fields": {"user": "marta", "decision": "revoke", "review_date": "2026-03-01"}}]
	{v.message.es | some v in access_review_incomplete.deny} == {"La revisión de marta en Revisión!A7 no tiene revisor."} with input as chunk(spanish, records)
}

test_summary_pass_ignores_rows if {
	input_value := {"evidence": {"type": "access_review", "columns": english, "records": [{"line": 2, "fields": {"user": "x"}}], "summary": {}}}
	count(access_review_incomplete.deny) == 0 with input as input_value
}
