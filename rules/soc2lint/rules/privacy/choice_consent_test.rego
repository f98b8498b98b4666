package soc2lint.rules.privacy.choice_consent_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.privacy.choice_consent

base := [
	["Collection", "We collect your name and email.", ""],
	["Use", "We use it to provide the service.", ""],
]

test_opt_out_passes if {
	doc := fixtures.policy("Privacy Notice", "privacy.md", array.concat(base, [["Marketing", "Every marketing email has an unsubscribe link.", ""]]))
	count(choice_consent.deny) == 0 with input as doc
}

test_no_choices_flagged if {
	doc := fixtures.policy("Privacy Notice", "privacy.md", array.concat(base, [["Security", "We encrypt personal data.", ""]]))
	choice_consent.deny == {{
		"message": {
			"en": "The privacy document does not describe individuals' choices or how consent is given and withdrawn.",
			"es": "El documento de privacidad no describe las opciones de las personas ni cómo se da y se retira el consentimiento.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_stub_skipped if {
	doc := fixtures.policy("Privacy Policy", "privacy.md", [["Status", "Coming soon.", ""]])
	count(choice_consent.deny) == 0 with input as doc
}

test_spanish_consent_passes if {
	doc := fixtures.policy("Política de Privacidad", "privacidad.md", [
		["Datos", "Recogemos su nombre.", ""],
		["Uso", "Usamos los datos para prestar el servicio.", ""],
		["Consentimiento", "Puede retirar su consentimiento escribiendo a privacidad.", ""],
	])
	count(choice_consent.deny) == 0 with input as doc
}

test_spanish_without_choices_flagged if {
	doc := fixtures.policy("Política de Privacidad", "privacidad.md", [
		["Datos", "Recogemos su nombre.", ""],
		["Uso", "Usamos los datos para prestar el servicio.", ""],
		["Seguridad", "Los datos se cifran en reposo.", ""],
	])
	count(choice_consent.deny) == 1 with input as doc
}
