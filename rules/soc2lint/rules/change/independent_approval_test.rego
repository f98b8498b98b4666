package soc2lint.rules.change.independent_approval_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.change.independent_approval

change_policy(lines) := fixtures.policy("Change Management Policy", "change.md", lines)

test_peer_review_passes if {
	doc := change_policy([
		["Approval", "Every pull request needs approval from a peer reviewer.", "must"],
		["Approval", "Nobody may approve or merge their own change.", "may"],
	])
	count(independent_approval.deny) == 0 with input as doc
}

test_author_merging_minor_changes_flagged if {
	doc := change_policy([
		["Approval", "Changes need approval from a second engineer.", "must"],
		["Minor changes", "For minor changes the author may approve and merge their own pull request.", "may"],
	])
	independent_approval.deny == {{
		"message": {
			"en": "Authors may approve or merge their own changes, so approval is not independent: \"For minor changes the author may approve and merge their own pull request.\"",
			"es": "Los autores pueden aprobar o fusionar sus propios cambios, por lo que la aprobación no es independiente: \"For minor changes the author may approve and merge their own pull request.\"",
		},
		"location": {"line": 12},
	}} with input as doc
}

test_no_approval_flagged if {
	doc := change_policy([["Deployment", "Changes are deployed by the pipeline.", ""]])
	fixtures.messages(independent_approval.deny) == {"The change management policy does not require approval by someone other than the author."} with input as doc
}

test_spanish_self_approval_flagged if {
	doc := fixtures.policy("Política de Gestión de Cambios", "cambios.md", [
		["Aprobación", "Los cambios de bajo riesgo se despliegan sin segunda aprobación.", ""],
	])
	violations := independent_approval.deny with input as doc
	some v in violations
	v.location == {"line": 10}
	startswith(v.message.es, "Los autores pueden aprobar o fusionar sus propios cambios")
}
