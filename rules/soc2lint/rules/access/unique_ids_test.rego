package soc2lint.rules.access.unique_ids_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.access.unique_ids

test_named_accounts_pass if {
	doc := fixtures.policy("Access Control Policy", "access.md", [["Identity", "Every person uses their own named account.", ""]])
	count(unique_ids.deny) == 0 with input as doc
}

test_missing_unique_ids_flagged if {
	doc := fixtures.policy("Access Control Policy", "access.md", [["Passwords", "Passwords have 12 characters.", "must"]])
	unique_ids.deny == {{
		"message": {
			"en": "The access-control policy does not require unique user IDs or restrict shared accounts.",
			"es": "La política de control de accesos no exige identificadores de usuario únicos ni restringe las cuentas compartidas.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_spanish_shared_accounts_pass if {
	doc := fixtures.policy("Política de Control de Accesos", "accesos.md", [["Identidad", "Las cuentas compartidas están prohibidas.", ""]])
	count(unique_ids.deny) == 0 with input as doc
}
