package soc2lint.rules.privacy.subject_rights_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.privacy.subject_rights

test_access_and_correction_pass if {
	doc := fixtures.policy("Privacy Notice", "privacy.md", [
		["Collection", "We collect your name.", ""],
		["Your rights", "You may ask us for a copy of the personal information we hold about you.", ""],
		["Your rights", "You may ask us to correct it.", ""],
	])
	count(subject_rights.deny) == 0 with input as doc
}

test_correction_missing_flagged if {
	doc := fixtures.policy("Privacy Notice", "privacy.md", [
		["Collection", "We collect your name.", ""],
		["Your rights", "You may request access to your personal data.", ""],
		["Security", "We encrypt your data.", ""],
	])
	subject_rights.deny == {{
		"message": {
			"en": "The privacy document does not say how individuals can have their personal information corrected.",
			"es": "El documento de privacidad no indica cómo pueden las personas rectificar sus datos personales.",
		},
		"location": {"line": 1},
		"criteria": ["P5.2"],
	}} with input as doc
}

test_spanish_rights_pass if {
	doc := fixtures.policy("Política de Privacidad", "privacidad.md", [
		["Datos", "Recogemos su nombre.", ""],
		["Derechos", "Puede ejercer el derecho de acceso y de rectificación escribiendo a privacidad.", ""],
		["Seguridad", "Ciframos los datos.", ""],
	])
	count(subject_rights.deny) == 0 with input as doc
}

test_spanish_no_rights_flagged if {
	doc := fixtures.policy("Política de Privacidad", "privacidad.md", [
		["Datos", "Recogemos su nombre.", ""],
		["Uso", "Usamos los datos para el servicio.", ""],
		["Seguridad", "Ciframos los datos.", ""],
	])
	violations := subject_rights.deny with input as doc
	{v.criteria[0] | some v in violations} == {"P5.1", "P5.2"}
}
