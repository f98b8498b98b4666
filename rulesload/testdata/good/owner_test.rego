package soc2lint.rules.custom.owner_named_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.custom.owner_named

test_owner_missing if {
	doc := object.union(fixtures.policy("Access Control Policy", "policies/access.md", []), {"metadata": {"owner": ""}})
	violations := owner_named.deny with input as doc
	count(violations) == 1
	some v in violations
	v.message.en == "policies/access.md names no owner"
	v.location.line == 1
}

test_owner_present if {
	doc := fixtures.policy("Access Control Policy", "policies/access.md", [])
	count(owner_named.deny) == 0 with input as doc
}
