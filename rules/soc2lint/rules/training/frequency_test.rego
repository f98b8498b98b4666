package soc2lint.rules.training.frequency_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.training.frequency

test_every_twelve_months_passes if {
	doc := fixtures.policy("Security Awareness Training Policy", "training.md", [["Refresher", "Everyone repeats the awareness course every twelve months.", ""]])
	count(frequency.deny) == 0 with input as doc
}

test_regular_training_flagged if {
	doc := fixtures.policy("Security Awareness Training Policy", "training.md", [["Refresher", "Staff receive regular training.", ""]])
	frequency.deny == {{
		"message": {
			"en": "The training policy does not state how often security awareness training is repeated.",
			"es": "La política de formación no indica con qué frecuencia se repite la formación de concienciación.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_spanish_formacion_anual_passes if {
	doc := fixtures.policy("Política de Formación en Seguridad", "formacion.md", [["Formación", "La formación de concienciación es anual.", ""]])
	count(frequency.deny) == 0 with input as doc
}
