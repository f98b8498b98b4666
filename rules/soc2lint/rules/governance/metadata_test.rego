package soc2lint.rules.governance.metadata_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.governance.metadata

policy := fixtures.policy("Access Control Policy", "policies/access.md", [["Rules", "Access must be approved.", "must"]])

test_complete_metadata_passes if {
	count(metadata.deny) == 0 with input as policy
}

test_missing_owner_reported_at_metadata if {
	doc := json.patch(policy, [{"op": "replace", "path": "/metadata/owner", "value": ""}])
	metadata.deny == {{
		"message": {
			"en": "The document names no owner: add an `owner` field naming the accountable role or person.",
			"es": "El documento no indica propietario: añada un campo `owner` con el rol o la persona responsable.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_missing_approval_date_reported if {
	doc := json.patch(policy, [{"op": "replace", "path": "/metadata/approved_on", "value": ""}])
	fixtures.messages(metadata.deny) == {"The document states no approval date: add `approved_on` with the date management last approved it."} with input as doc
}

test_no_metadata_gives_one_finding if {
	doc := json.patch(policy, [{"op": "replace", "path": "/metadata", "value": {
		"source": "", "owner": "", "version": "", "approved_by": "", "approved_on": "",
		"effective": "", "last_reviewed": "", "next_review": "", "classification": "",
		"criteria": [], "fields": {},
	}}])
	violations := metadata.deny with input as doc
	count(violations) == 1
	some v in violations
	startswith(v.message.en, "No document control information found")
	v.location == {"line": 1}
}

test_evidence_files_skipped if {
	doc := json.patch(policy, [
		{"op": "replace", "path": "/kind", "value": "evidence"},
		{"op": "replace", "path": "/metadata/owner", "value": ""},
	])
	count(metadata.deny) == 0 with input as doc
}
