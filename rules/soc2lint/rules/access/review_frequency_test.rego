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

test_spanish_adverb_before_object_flagged if {
	doc := fixtures.policy("Política de Control de Accesos", "accesos.md", [
		["Revisiones", "Los responsables revisan periódicamente los accesos de los usuarios.", ""],
	])
	review_frequency.deny == {{
		"message": {
			"en": "User access reviews happen \"periodicamente\", with no stated interval: \"Los responsables revisan periódicamente los accesos de los usuarios.\"",
			"es": "Las revisiones de accesos se hacen \"periodicamente\", sin un intervalo definido: \"Los responsables revisan periódicamente los accesos de los usuarios.\"",
		},
		"location": {"line": 10},
	}} with input as doc
}

test_spanish_passive_review_flagged if {
	doc := fixtures.policy("Política de Control de Accesos", "accesos.md", [
		["Revisiones", "Los permisos de los usuarios se revisan de forma periódica.", ""],
	])
	violations := review_frequency.deny with input as doc
	some v in violations
	v.location == {"line": 10}
	startswith(v.message.en, "User access reviews happen \"de forma periodica\"")
}

test_spanish_permission_review_with_interval_passes if {
	doc := fixtures.policy("Política de Control de Accesos", "accesos.md", [
		["Control", "La revisión de permisos se realiza cada seis meses.", ""],
		["Control", "Los propietarios revisan semestralmente los privilegios de administración.", ""],
	])
	count(review_frequency.deny) == 0 with input as doc
}

test_physical_badge_review_is_not_user_access_review if {
	doc := fixtures.as_kind(access_policy([
		["Facilities", "Facilities staff perform regular reviews of access rights for office badges.", ""],
	]), "procedure")
	count(review_frequency.deny) == 0 with input as doc
}

test_physical_review_leaves_user_reviews_missing if {
	doc := access_policy([
		["Facilities", "The security team reviews door access permissions at the data center regularly.", ""],
	])
	fixtures.messages(review_frequency.deny) == {"The access-control policy does not require periodic user access reviews."} with input as doc
}

test_review_naming_physical_and_user_access_flagged if {
	doc := access_policy([
		["Reviews", "Managers review user access and badge access periodically.", ""],
	])
	violations := review_frequency.deny with input as doc
	some v in violations
	startswith(v.message.en, "User access reviews happen \"periodically\"")
}

test_numbered_overview_section_is_context if {
	doc := fixtures.as_kind(access_policy([
		["3. Overview", "This procedure covers the requirement for regular reviews of access rights.", ""],
	]), "procedure")
	count(review_frequency.deny) == 0 with input as doc
}

test_frequency_in_follow_up_sentence_passes if {
	doc := fixtures.section_policy("Access Control Policy", "access.md", "Access", [
		["System owners review user access and remove what is no longer needed.", "", "paragraph"],
		["This review takes place every quarter.", "", "paragraph"],
	])
	count(review_frequency.deny) == 0 with input as doc
}

test_frequency_of_unrelated_next_sentence_ignored if {
	doc := fixtures.section_policy("Access Control Policy", "access.md", "Access", [
		["System owners review user access periodically.", "", "paragraph"],
		["Passwords expire every quarter.", "", "paragraph"],
	])
	violations := review_frequency.deny with input as doc
	some v in violations
	v.location == {"line": 10}
}
