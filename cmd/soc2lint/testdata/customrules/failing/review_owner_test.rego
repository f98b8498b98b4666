package soc2lint.rules.custom.approver_named_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.custom.approver_named

test_expects_wrong_message if {
	doc := object.union(fixtures.policy("Backup Policy", "policies/backup.md", []), {"metadata": {"approved_by": ""}})
	some v in approver_named.deny with input as doc
	print("got", v.message.en)
	v.message.en == "a message the rule never writes"
}

test_passes if {
	true
}
