package soc2lint.rules.privacy.purpose_limitation_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.privacy.purpose_limitation

policy(lines) := fixtures.policy("Privacy Policy", "policies/privacy.md", lines)

test_both_limits_pass if {
	doc := policy([
		["Collection", "We collect only the personal data necessary for the purposes identified in the notice.", ""],
		["Use", "Personal data is used only for the purposes stated in the notice.", "must"],
		["Security", "Personal data is encrypted.", ""],
	])
	count(purpose_limitation.deny) == 0 with input as doc
}

test_no_limits_flagged_per_criterion if {
	doc := policy([
		["Collection", "Teams collect customer contact details.", ""],
		["Use", "Data is used by the sales team.", ""],
		["Security", "Personal data is encrypted.", ""],
	])
	violations := purpose_limitation.deny with input as doc
	{v.criteria[0] | some v in violations} == {"P3.1", "P4.1"}
	some v in violations
	v.criteria == ["P4.1"]
	v.message.en == "The privacy policy does not limit the use of personal information to the stated purposes."
}

test_notices_skipped if {
	doc := fixtures.policy("Privacy Notice", "privacy-notice.md", [
		["Collection", "We collect your name.", ""],
		["Use", "We use it to run the service.", ""],
		["Contact", "Email us.", ""],
	])
	count(purpose_limitation.deny) == 0 with input as doc
}

test_spanish_limits_pass if {
	doc := fixtures.policy("Política de Protección de Datos", "politicas/proteccion-datos.md", [
		["Recogida", "Solo se recogen los datos estrictamente necesarios para las finalidades informadas.", "must"],
		["Uso", "Los datos se tratan únicamente para los fines informados al interesado.", "must"],
		["Seguridad", "Los datos personales se cifran.", ""],
	])
	count(purpose_limitation.deny) == 0 with input as doc
}

test_spanish_use_limit_missing if {
	doc := fixtures.policy("Política de Protección de Datos", "politicas/proteccion-datos.md", [
		["Recogida", "Solo se recogen los datos estrictamente necesarios para las finalidades informadas.", "must"],
		["Seguridad", "Los datos personales se cifran.", ""],
		["Accesos", "El acceso a datos personales se registra.", ""],
	])
	violations := purpose_limitation.deny with input as doc
	{v.criteria[0] | some v in violations} == {"P4.1"}
}
