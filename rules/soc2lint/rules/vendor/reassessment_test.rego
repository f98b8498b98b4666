package soc2lint.rules.vendor.reassessment_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.vendor.reassessment

test_annual_reassessment_passes if {
	doc := fixtures.policy("Vendor Management Policy", "vendors.md", [["Monitoring", "Critical vendors are reassessed annually.", ""]])
	count(reassessment.deny) == 0 with input as doc
}

test_table_row_passes if {
	doc := fixtures.policy("Vendor Management Policy", "vendors.md", [["table", "Tier: 1; Review of vendors: every 12 months", ""]])
	count(reassessment.deny) == 0 with input as doc
}

test_onboarding_only_flagged if {
	doc := fixtures.policy("Vendor Management Policy", "vendors.md", [["Onboarding", "New vendors are reviewed before signing.", ""]])
	reassessment.deny == {{
		"message": {
			"en": "The vendor policy does not require reassessing vendors at a stated interval.",
			"es": "La política de proveedores no exige reevaluar a los proveedores con una frecuencia definida.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_spanish_reevaluacion_anual_passes if {
	doc := fixtures.policy("Política de Gestión de Proveedores", "proveedores.md", [["Seguimiento", "Los proveedores críticos se reevalúan cada año.", ""]])
	count(reassessment.deny) == 0 with input as doc
}
