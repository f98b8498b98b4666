package soc2lint.rules.data.classification_scheme_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.data.classification_scheme

test_levels_in_table_pass if {
	doc := fixtures.policy("Data Classification Policy", "classification.md", [
		["table", "Level: Public; Example: website", ""],
		["table", "Level: Internal; Example: wiki", ""],
		["table", "Level: Confidential; Example: customer data", ""],
	])
	count(classification_scheme.deny) == 0 with input as doc
}

test_single_level_flagged if {
	doc := fixtures.policy("Data Classification Policy", "classification.md", [["Levels", "Customer data is confidential.", ""]])
	classification_scheme.deny == {{
		"message": {
			"en": "The classification policy defines fewer than three classification levels (found: confidential).",
			"es": "La política de clasificación define menos de tres niveles de clasificación (encontrados: confidential).",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_spanish_levels_pass if {
	doc := fixtures.policy("Política de Clasificación de la Información", "clasificacion.md", [["Niveles", "La información es pública, de uso interno o confidencial.", ""]])
	count(classification_scheme.deny) == 0 with input as doc
}
