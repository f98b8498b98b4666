package soc2lint.corpus.processing_integrity_policies_test

import data.soc2lint.corpus.processing_integrity_policies
import data.soc2lint.lib.fixtures

test_policy_present_passes if {
	documents := [fixtures.policy("Processing Integrity Policy", "pi.md", [
		["Scope", "Applies to payment runs.", ""],
		["Inputs", "Input files are checked.", ""],
		["Outputs", "Outputs are sampled.", ""],
		["Storage", "Files are archived.", ""],
	])]
	count(processing_integrity_policies.deny) == 0 with input as {"documents": documents}
}

test_controls_elsewhere_pass if {
	documents := [fixtures.policy("Secure Development Policy", "sdlc.md", [
		["Specs", "Functional specifications are written for every feature.", ""],
		["Inputs", "All inputs are validated on the server.", "must"],
		["Errors", "Job failures are logged and investigated.", ""],
		["Outputs", "Nightly reconciliation compares ledger totals.", ""],
		["Storage", "Outputs are retained in versioned storage.", ""],
	])]
	count(processing_integrity_policies.deny) == 0 with input as {"documents": documents}
}

test_missing_element_reported if {
	documents := [fixtures.policy("Secure Development Policy", "sdlc.md", [
		["Specs", "Functional specifications are written for every feature.", ""],
		["Inputs", "All inputs are validated on the server.", "must"],
		["Errors", "Job failures are logged and investigated.", ""],
		["Storage", "Outputs are retained in versioned storage.", ""],
	])]
	processing_integrity_policies.deny == {{
		"message": {
			"en": "No processing integrity policy with content found, and no document requires review or reconciliation of outputs.",
			"es": "No se encontró una política de integridad del procesamiento con contenido y ningún documento exige revisión o conciliación de las salidas.",
		},
		"location": {},
		"criteria": ["PI1.4"],
	}} with input as {"documents": documents}
}

test_spanish_policy_present_passes if {
	documents := [fixtures.policy("Política de Integridad del Procesamiento", "integridad.md", [
		["Entradas", "Las entradas se validan.", ""],
		["Salidas", "Las salidas se revisan.", ""],
		["Errores", "Los errores se corrigen.", ""],
	])]
	count(processing_integrity_policies.deny) == 0 with input as {"documents": documents}
}
