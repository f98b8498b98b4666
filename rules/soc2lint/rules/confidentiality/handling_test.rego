package soc2lint.rules.confidentiality.handling_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.confidentiality.handling

levels := [
	["Levels", "Public: approved for release.", ""],
	["Levels", "Internal: for staff only.", ""],
	["Levels", "Confidential: harm if disclosed.", ""],
]

test_handling_table_passes if {
	doc := fixtures.policy("Data Classification Policy", "classification.md", array.concat(levels, [
		["table", "Requirement: Storage; Confidential: encrypted at rest; Public: any", ""],
	]))
	count(handling.deny) == 0 with input as doc
}

test_levels_without_handling_flagged if {
	doc := fixtures.policy("Data Classification Policy", "classification.md", levels)
	handling.deny == {{
		"message": {
			"en": "The classification policy does not say how information at each level must be handled.",
			"es": "La política de clasificación no indica cómo debe tratarse la información de cada nivel.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_spanish_handling_passes if {
	doc := fixtures.policy("Política de Clasificación de la Información", "clasificacion.md", [
		["Niveles", "Pública: puede divulgarse.", ""],
		["Niveles", "Confidencial: solo personal autorizado.", ""],
		["Tratamiento", "La información confidencial se etiqueta y se cifra en reposo.", "must"],
	])
	count(handling.deny) == 0 with input as doc
}

test_spanish_without_handling_flagged if {
	doc := fixtures.policy("Política de Clasificación de la Información", "clasificacion.md", [
		["Niveles", "Pública: puede divulgarse.", ""],
		["Niveles", "Interna: para empleados.", ""],
		["Niveles", "Confidencial: daño si se divulga.", ""],
	])
	count(handling.deny) == 1 with input as doc
}
