package soc2lint.rules.governance.review_overdue_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.governance.review_overdue

policy := fixtures.policy("Risk Assessment Policy", "policies/risk.md", [["Method", "Risks are scored.", ""]])

dated(approved, next_review) := json.patch(policy, [
	{"op": "replace", "path": "/metadata/approved_on", "value": approved},
	{"op": "replace", "path": "/metadata/next_review", "value": next_review},
])

test_recent_approval_passes if {
	count(review_overdue.deny) == 0 with input as dated("2026-03-01", "2027-03-01") with data.soc2lint.run as fixtures.run
}

test_approval_exactly_twelve_months_back_is_current if {
	count(review_overdue.deny) == 0 with input as dated("2025-11-30", "2026-12-01") with data.soc2lint.run as fixtures.run
}

test_approval_within_twelve_months_is_current if {
	count(review_overdue.deny) == 0 with input as dated("2025-12-03", "2026-12-03") with data.soc2lint.run as fixtures.run
}

test_approval_one_day_too_old_is_stale if {
	review_overdue.deny == {{
		"message": {
			"en": "The last approval (2025-11-29) is more than 12 months before 2026-11-30: the document is due for review and re-approval.",
			"es": "La última aprobación (2025-11-29) es de hace más de 12 meses respecto a 2026-11-30: el documento debe revisarse y aprobarse de nuevo.",
		},
		"location": {"line": 1},
	}} with input as dated("2025-11-29", "2026-12-01") with data.soc2lint.run as fixtures.run
}

test_later_review_keeps_old_approval_current if {
	doc := json.patch(dated("2024-06-01", "2027-01-15"), [{"op": "replace", "path": "/metadata/last_reviewed", "value": "2026-01-15"}])
	count(review_overdue.deny) == 0 with input as doc with data.soc2lint.run as fixtures.run
}

test_passed_next_review_reported if {
	fixtures.messages(review_overdue.deny) == {
		"The last approval (2025-08-19) is more than 12 months before 2026-11-30: the document is due for review and re-approval.",
		"The next review date (2026-08-19) has passed as of 2026-11-30.",
	} with input as dated("2025-08-19", "2026-08-19") with data.soc2lint.run as fixtures.run
}

test_next_review_due_today_not_passed if {
	count(review_overdue.deny) == 0 with input as dated("2026-01-10", "2026-11-30") with data.soc2lint.run as fixtures.run
}

test_no_reference_date_skips if {
	count(review_overdue.deny) == 0 with input as dated("2020-01-01", "2021-01-01") with data.soc2lint.run as {}
}
