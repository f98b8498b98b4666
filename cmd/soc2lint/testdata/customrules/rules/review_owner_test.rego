package soc2lint.rules.custom.approver_named_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.custom.approver_named

unapproved := object.union(fixtures.policy("Backup Policy", "policies/backup.md", []), {"metadata": {"approved_by": ""}})

test_approver_missing if {
	violations := approver_named.deny with input as unapproved
	violations == {{
		"message": {"en": "policies/backup.md names no approver", "es": "policies/backup.md no nombra quién la aprobó"},
		"location": {"line": 1},
	}}
}

test_approver_present if {
	count(approver_named.deny) == 0 with input as fixtures.policy("Backup Policy", "policies/backup.md", [])
}
