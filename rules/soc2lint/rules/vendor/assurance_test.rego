package soc2lint.rules.vendor.assurance_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.vendor.assurance

test_soc2_review_passes if {
	doc := fixtures.policy("Vendor Management Policy", "vendors.md", [["Due diligence", "Security reviews each vendor's SOC 2 report.", ""]])
	count(assurance.deny) == 0 with input as doc
}

test_questionnaire_only_flagged if {
	doc := fixtures.policy("Vendor Management Policy", "vendors.md", [["Due diligence", "Vendors answer our questionnaire.", ""]])
	assurance.deny == {{
		"message": {
			"en": "The vendor policy does not require reviewing vendors' SOC reports, certifications or other independent assurance.",
			"es": "La política de proveedores no exige revisar informes SOC, certificaciones u otras garantías independientes de los proveedores.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_spanish_informe_soc_passes if {
	doc := fixtures.policy("Política de Gestión de Proveedores", "proveedores.md", [["Evaluación", "Se revisa el informe SOC 2 de cada proveedor crítico.", ""]])
	count(assurance.deny) == 0 with input as doc
}

# Reviewing a supplier's certifications is independent assurance.
test_supplier_certifications_pass if {
	doc := fixtures.policy("Supplier Security Policy", "suppliers.md", [
		["Assessment", "Before signing, we assess each supplier's security posture and current certifications.", ""],
	])
	count(assurance.deny) == 0 with input as doc
}
