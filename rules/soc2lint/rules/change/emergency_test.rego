package soc2lint.rules.change.emergency_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.change.emergency

test_hotfix_process_passes if {
	doc := fixtures.policy("Change Management Policy", "change.md", [["Hotfixes", "Hotfixes are reviewed within one working day.", ""]])
	count(emergency.deny) == 0 with input as doc
}

test_missing_emergency_flagged if {
	doc := fixtures.policy("Change Management Policy", "change.md", [["Release", "Changes are approved by the CAB.", ""]])
	emergency.deny == {{
		"message": {
			"en": "The change management policy has no emergency change procedure.",
			"es": "La política de gestión de cambios no tiene procedimiento para cambios de emergencia.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_spanish_emergencia_passes if {
	doc := fixtures.policy("Política de Gestión de Cambios", "cambios.md", [["Urgencias", "Los cambios de emergencia se aprueban después por el CAB.", ""]])
	count(emergency.deny) == 0 with input as doc
}
