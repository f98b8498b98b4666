package soc2lint.rules.governance.placeholder_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.governance.placeholder

test_completed_policy_passes if {
	doc := fixtures.policy("Privacy Notice", "privacy.md", [
		["Contact", "Write to the Data Protection Officer [1] or see the GDPR article cited in [Art. 13].", ""],
		["Checklist", "[x] Reviewed by legal; the TBDX code and outbound traffic are unrelated.", ""],
	])
	count(placeholder.deny) == 0 with input as doc
}

test_bracket_placeholders_counted_once_per_kind if {
	doc := fixtures.policy("Privacy Notice", "privacy.md", [
		["About", "[COMPANY NAME] collects personal information.", ""],
		["Roles", "The [Role Title, e.g., IT Manager] approves requests.", ""],
		["Contact", "Write to [Company Name] at the address above.", ""],
	])
	placeholder.deny == {{
		"message": {
			"en": "Unfinished template: 3 placeholder(s) of the form bracketed text, first \"[COMPANY NAME]\".",
			"es": "Plantilla sin completar: 3 marcador(es) del tipo texto entre corchetes, el primero \"[COMPANY NAME]\".",
		},
		"location": {"line": 10},
	}} with input as doc
}

test_mustache_tbd_and_angle_kinds if {
	doc := fixtures.policy("Access Policy", "access.md.tmpl", [
		["Intro", "{{companyName}} grants access. {{#section}} {{/section}}", ""],
		["Retention", "Retention periods: TBD.", ""],
		["Owner", "Contact <insert owner email> for questions.", ""],
	])
	fixtures.messages(placeholder.deny) == {
		"Unfinished template: 3 placeholder(s) of the form template variable, first \"{{companyName}}\".",
		"Unfinished template: 1 placeholder(s) of the form TBD/TBC, first \"TBD\".",
		"Unfinished template: 1 placeholder(s) of the form angle-bracket text, first \"<insert owner email>\".",
	} with input as doc
}

test_spanish_placeholders if {
	doc := fixtures.policy("Política de Privacidad", "privacidad.md", [
		["Responsable", "[NOMBRE DE LA EMPRESA] trata todo dato personal con cuidado.", ""],
		["Plazos", "Los plazos de conservación están pendientes de definir.", ""],
	])
	fixtures.messages(placeholder.deny) == {
		"Unfinished template: 1 placeholder(s) of the form bracketed text, first \"[NOMBRE DE LA EMPRESA]\".",
		"Unfinished template: 1 placeholder(s) of the form por definir, first \"pendientes de definir\".",
	} with input as doc
}
