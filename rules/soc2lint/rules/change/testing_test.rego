package soc2lint.rules.change.testing_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.change.testing

test_staging_passes if {
	doc := fixtures.policy("Change Management Policy", "change.md", [["Release", "Changes run in staging before release.", ""]])
	count(testing.deny) == 0 with input as doc
}

test_missing_testing_flagged if {
	doc := fixtures.policy("Change Management Policy", "change.md", [["Release", "Changes are approved by the CAB.", ""]])
	testing.deny == {{
		"message": {
			"en": "The change management policy does not require testing before production.",
			"es": "La política de gestión de cambios no exige pruebas antes de producción.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_spanish_pruebas_pass if {
	doc := fixtures.policy("Política de Gestión de Cambios", "cambios.md", [["Pruebas", "Todo cambio supera las pruebas automáticas.", ""]])
	count(testing.deny) == 0 with input as doc
}
