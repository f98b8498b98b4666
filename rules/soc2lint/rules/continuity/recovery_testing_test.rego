package soc2lint.rules.continuity.recovery_testing_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.continuity.recovery_testing

test_annual_failover_exercise_passes if {
	doc := fixtures.policy("Disaster Recovery Plan", "dr.md", [["Testing", "A regional failover exercise is run every year.", ""]])
	count(recovery_testing.deny) == 0 with input as doc
}

test_load_tests_alone_flagged if {
	doc := fixtures.policy("Disaster Recovery Plan", "dr.md", [
		["Capacity", "Peaks are load-tested in staging.", ""],
		["Maintenance", "Runbooks are updated after each architecture change.", ""],
	])
	recovery_testing.deny == {{
		"message": {
			"en": "The continuity policy does not require restore tests or disaster recovery exercises.",
			"es": "La política de continuidad no exige pruebas de restauración ni ejercicios de recuperación ante desastres.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_spanish_pruebas_de_restauracion_pass if {
	doc := fixtures.policy("Plan de Continuidad de Negocio", "continuidad.md", [["Pruebas", "Se hacen pruebas de restauración trimestrales.", ""]])
	count(recovery_testing.deny) == 0 with input as doc
}
