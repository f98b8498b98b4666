package soc2lint.rules.privacy.disclosure_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.privacy.disclosure

test_sharing_statement_passes if {
	doc := fixtures.policy("Privacy Notice", "privacy.md", [
		["Collection", "We collect your name.", ""],
		["Sharing", "We share personal information with our payment processor only to take payments.", ""],
		["Contact", "Email privacy@example.com.", ""],
	])
	count(disclosure.deny) == 0 with input as doc
}

test_no_disclosure_statement_flagged if {
	doc := fixtures.policy("Privacy Notice", "privacy.md", [
		["Collection", "We collect your name.", ""],
		["Use", "We use it to run the service.", ""],
		["Contact", "Email privacy@example.com.", ""],
	])
	disclosure.deny == {{
		"message": {
			"en": "The privacy document does not say whether or to whom personal information is disclosed.",
			"es": "El documento de privacidad no indica si se comunican datos personales ni a quién.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_spanish_recipients_pass if {
	doc := fixtures.policy("Aviso de Privacidad", "aviso.md", [
		["Datos", "Recogemos su nombre.", ""],
		["Destinatarios", "Los datos no se ceden a terceros salvo obligación legal.", ""],
		["Contacto", "Escriba a privacidad@example.com.", ""],
	])
	count(disclosure.deny) == 0 with input as doc
}

test_spanish_silent_flagged if {
	doc := fixtures.policy("Aviso de Privacidad", "aviso.md", [
		["Datos", "Recogemos su nombre.", ""],
		["Uso", "Usamos los datos para el servicio.", ""],
		["Contacto", "Escriba a privacidad@example.com.", ""],
	])
	count(disclosure.deny) == 1 with input as doc
}
