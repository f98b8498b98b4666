package soc2lint.rules.integrity.processing_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.integrity.processing

complete := [
	["Specifications", "Processing specifications define each input file and output report.", ""],
	["Inputs", "Inputs are validated for completeness and accuracy before loading.", "must"],
	["Processing", "Batch failures are logged and investigated the same day.", ""],
	["Outputs", "Payment files are reconciled to the approved batch totals.", ""],
	["Storage", "Input files and outputs are retained for seven years.", ""],
]

policy(lines) := fixtures.policy("Processing Integrity Policy", "processing-integrity.md", lines)

test_complete_policy_passes if {
	count(processing.deny) == 0 with input as policy(complete)
}

test_missing_reconciliation_flagged if {
	lines := [complete[0], complete[1], complete[2], complete[4]]
	processing.deny == {{
		"message": {
			"en": "The processing integrity policy does not cover review or reconciliation of outputs.",
			"es": "La política de integridad del procesamiento no trata revisión o conciliación de las salidas.",
		},
		"location": {"line": 1},
		"criteria": ["PI1.4"],
	}} with input as policy(lines)
}

test_other_topics_skipped if {
	doc := fixtures.policy("Access Control Policy", "access.md", [["Access", "Access is approved.", ""], ["Access", "Access is reviewed.", ""], ["Access", "Access is removed.", ""]])
	count(processing.deny) == 0 with input as doc
}

test_spanish_policy_passes if {
	doc := fixtures.policy("Política de Integridad del Procesamiento", "integridad-procesamiento.md", [
		["Especificaciones", "Las especificaciones de cada proceso se documentan.", ""],
		["Entradas", "La validación de entradas comprueba su exactitud e integridad.", ""],
		["Errores", "Los errores de procesamiento se registran y se corrigen.", ""],
		["Salidas", "Se realiza la conciliación de las salidas con los totales.", ""],
		["Almacenamiento", "Las entradas y salidas se conservan cinco años.", ""],
	])
	count(processing.deny) == 0 with input as doc
}

test_spanish_missing_validation_flagged if {
	doc := fixtures.policy("Política de Integridad del Procesamiento", "integridad-procesamiento.md", [
		["Especificaciones", "Las especificaciones de cada proceso se documentan.", ""],
		["Errores", "Los errores de procesamiento se registran y se corrigen.", ""],
		["Salidas", "Se realiza la conciliación de las salidas con los totales.", ""],
	])
	violations := processing.deny with input as doc
	{v.criteria[0] | some v in violations} == {"PI1.2", "PI1.5"}
}
