package soc2lint.rules.risk.assessment_frequency_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.risk.assessment_frequency

risk_policy(lines) := fixtures.policy("Risk Assessment Policy", "risk.md", lines)

test_annual_assessment_passes if {
	count(assessment_frequency.deny) == 0 with input as risk_policy([["Cycle", "A company-wide risk assessment is performed annually.", ""]])
}

test_as_appropriate_flagged if {
	doc := risk_policy([
		["Cycle", "The compliance team runs the risk assessment and updates the register as appropriate.", ""],
		["Monitoring", "Owners update mitigation plans every month.", ""],
	])
	assessment_frequency.deny == {{
		"message": {
			"en": "The risk assessment is performed \"as appropriate\", with no stated interval: \"The compliance team runs the risk assessment and updates the register as appropriate.\"",
			"es": "La evaluación de riesgos se realiza \"as appropriate\", sin un intervalo definido: \"The compliance team runs the risk assessment and updates the register as appropriate.\"",
		},
		"location": {"line": 10},
	}} with input as doc
}

test_biennial_assessment_flagged if {
	doc := json.patch(risk_policy([["Cycle", "A risk assessment is performed every two years.", ""]]), [
		{"op": "replace", "path": "/statements/1/frequencies", "value": [{"phrase": "every two years", "days": 730}]},
	])
	fixtures.messages(assessment_frequency.deny) == {"The risk assessment policy does not require a risk assessment at least annually."} with input as doc
}

test_spanish_annual_assessment_passes if {
	doc := fixtures.policy("Política de Gestión de Riesgos", "riesgos.md", [["Ciclo", "La evaluación de riesgos se realiza una vez al año.", ""]])
	count(assessment_frequency.deny) == 0 with input as doc
}
