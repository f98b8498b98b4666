package soc2lint.rules.risk.fraud_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.risk.fraud

test_misappropriation_passes if {
	doc := fixtures.policy("Risk Assessment Policy", "risk.md", [["Scope", "Risks include misappropriation of assets.", ""]])
	count(fraud.deny) == 0 with input as doc
}

test_missing_fraud_flagged if {
	doc := fixtures.policy("Risk Assessment Policy", "risk.md", [["Scope", "Risks are scored by likelihood and impact.", ""]])
	fraud.deny == {{
		"message": {
			"en": "The risk assessment policy does not consider fraud risk.",
			"es": "La política de evaluación de riesgos no considera el riesgo de fraude.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_third_party_risk_policy_skipped if {
	doc := fixtures.policy("Third-Party Risk Management Policy", "third-party-risk.md", [["Scope", "Vendors are tiered.", ""]])
	count(fraud.deny) == 0 with input as doc
}

test_spanish_fraude_passes if {
	doc := fixtures.policy("Política de Gestión de Riesgos", "riesgos.md", [["Alcance", "Se evalúa el riesgo de fraude interno.", ""]])
	count(fraud.deny) == 0 with input as doc
}
