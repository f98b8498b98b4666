package soc2lint.rules.risk.change_triggers_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.risk.change_triggers

test_listed_triggers_pass if {
	doc := json.patch(fixtures.policy("Risk Assessment Policy", "risk.md", [
		["When", "A focused assessment is carried out before any of the following:", ""],
		["When", "an acquisition of another company.", ""],
	]), [{"op": "replace", "path": "/statements/2/section", "value": 0}])
	count(change_triggers.deny) == 0 with input as doc
}

test_missing_triggers_flagged if {
	doc := fixtures.policy("Risk Assessment Policy", "risk.md", [["Method", "Risks are assessed by likelihood.", ""]])
	change_triggers.deny == {{
		"message": {
			"en": "The risk assessment policy does not require reassessment when significant changes occur.",
			"es": "La política de evaluación de riesgos no exige reevaluar cuando se producen cambios significativos.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_spanish_cambios_significativos_pass if {
	doc := fixtures.policy("Política de Gestión de Riesgos", "riesgos.md", [["Revisión", "Los cambios significativos exigen una nueva evaluación de riesgos.", ""]])
	count(change_triggers.deny) == 0 with input as doc
}
