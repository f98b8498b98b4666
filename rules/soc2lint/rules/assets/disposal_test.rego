package soc2lint.rules.assets.disposal_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.assets.disposal

policy(lines) := fixtures.policy("Asset Management Policy", "policies/asset-management.md", lines)

test_requirement_stated_passes if {
	doc := policy([
		["Owners", "Each asset has a named owner.", ""],
		["Return", "Assets are returned on the last day.", ""],
		["Disposal", "Laptops and drives are wiped to NIST 800-88 before disposal.", "must"],
	])
	count(disposal.deny) == 0 with input as doc
}

test_requirement_missing_flagged if {
	doc := policy([
		["Owners", "Each asset has a named owner.", ""],
		["Return", "Assets are returned on the last day.", ""],
		["Inventory", "Every laptop is recorded in the asset inventory.", ""],
	])
	disposal.deny == {{
		"message": {
			"en": "The asset management policy does not require devices and media to be wiped or destroyed before disposal.",
			"es": "La política de gestión de activos no exige borrar o destruir equipos y soportes antes de desecharlos.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_short_stub_skipped if {
	doc := policy([["Status", "To be written.", ""]])
	count(disposal.deny) == 0 with input as doc
}

test_other_topics_skipped if {
	doc := fixtures.policy("Vendor Management Policy", "policies/vendors.md", [
		["Owners", "Each asset has a named owner.", ""],
		["Return", "Assets are returned on the last day.", ""],
		["Inventory", "Every laptop is recorded in the asset inventory.", ""],
	])
	count(disposal.deny) == 0 with input as doc
}

test_spanish_requirement_passes if {
	doc := fixtures.policy("Política de Gestión de Activos", "politicas/gestion-activos.md", [
		["Propietarios", "Cada activo tiene un responsable.", ""],
		["Devolución", "Los activos se devuelven el último día.", ""],
		["Desecho", "Los discos se destruyen de forma certificada; el borrado seguro de los equipos es obligatorio.", "must"],
	])
	count(disposal.deny) == 0 with input as doc
}

test_spanish_requirement_missing_flagged if {
	doc := fixtures.policy("Política de Gestión de Activos", "politicas/gestion-activos.md", [
		["Propietarios", "Cada activo tiene un responsable.", ""],
		["Devolución", "Los activos se devuelven el último día.", ""],
		["Inventario", "Cada portátil se registra en el inventario.", ""],
	])
	violations := disposal.deny with input as doc
	{v.message.es | some v in violations} == {"La política de gestión de activos no exige borrar o destruir equipos y soportes antes de desecharlos."}
}
