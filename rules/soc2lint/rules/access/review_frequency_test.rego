package soc2lint.rules.access.review_frequency_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.access.review_frequency

access_policy(lines) := fixtures.policy("Access Control Policy", "access.md", lines)

test_quarterly_review_passes if {
	doc := access_policy([["Reviews", "Managers review user access quarterly.", ""]])
	count(review_frequency.deny) == 0 with input as doc
}

test_frequency_in_review_section_passes if {
	doc := access_policy([
		["User Access Reviews", "Owners confirm each account is still needed.", ""],
		["User Access Reviews", "This happens every six months.", ""],
	])
	count(review_frequency.deny) == 0 with input as doc
}

test_periodic_review_flagged if {
	doc := access_policy([["Reviews", "System owners review user access periodically to confirm it is appropriate.", ""]])
	review_frequency.deny == {{
		"message": {
			"en": "User access reviews happen \"periodically\", with no stated interval: \"System owners review user access periodically to confirm it is appropriate.\"",
			"es": "Las revisiones de accesos se hacen \"periodically\", sin un intervalo definido: \"System owners review user access periodically to confirm it is appropriate.\"",
		},
		"location": {"line": 10},
	}} with input as doc
}

test_missing_review_flagged if {
	doc := access_policy([["Passwords", "Passwords have 12 characters.", "must"]])
	fixtures.messages(review_frequency.deny) == {"The access-control policy does not require periodic user access reviews."} with input as doc
}

test_spanish_quarterly_review_passes if {
	doc := fixtures.policy("Política de Control de Accesos", "accesos.md", [
		["Revisiones", "Se realiza una revisión de accesos trimestral de todas las cuentas.", ""],
	])
	count(review_frequency.deny) == 0 with input as doc
}

test_spanish_vague_review_flagged if {
	doc := fixtures.policy("Política de Control de Accesos", "accesos.md", [
		["Revisiones", "Los responsables revisan los accesos regularmente.", ""],
	])
	violations := review_frequency.deny with input as doc
	some v in violations
	v.location == {"line": 10}
	startswith(v.message.es, "Las revisiones de accesos se hacen \"regularmente\"")
}
