package soc2lint.corpus.privacy_practices_test

import data.soc2lint.corpus.privacy_practices
import data.soc2lint.lib.fixtures

complete := [
	["Records", "Every disclosure of personal data to a third party is recorded in the disclosure log.", ""],
	["Breaches", "Unauthorized disclosures of personal data are recorded in the incident register.", ""],
	["Vendors", "Vendors that process personal data sign a data processing agreement.", "must"],
	["Vendors", "Subprocessors must notify us of any breach within 48 hours.", "must"],
	["Breaches", "Affected individuals are notified of a personal data breach without undue delay.", ""],
	["Requests", "On request we provide the list of our current subprocessors.", ""],
	["Quality", "Personal data is kept accurate and up to date.", ""],
]

test_complete_policy_set_passes if {
	documents := [fixtures.policy("Privacy Policy", "privacy.md", complete)]
	count(privacy_practices.deny) == 0 with input as {"documents": documents}
}

test_missing_practice_reported if {
	lines := array.slice(complete, 1, count(complete))
	documents := [fixtures.policy("Privacy Policy", "privacy.md", lines)]
	privacy_practices.deny == {{
		"message": {
			"en": "No document requires a record of the disclosures of personal information.",
			"es": "Ningún documento exige un registro de las comunicaciones de datos personales.",
		},
		"location": {},
		"criteria": ["P6.2"],
	}} with input as {"documents": documents}
}

test_practices_split_across_documents if {
	documents := [
		fixtures.policy("Privacy Policy", "privacy.md", [complete[0], complete[1], complete[4], complete[5], complete[6]]),
		fixtures.policy("Vendor Management Policy", "vendors.md", [complete[2], complete[3]]),
	]
	count(privacy_practices.deny) == 0 with input as {"documents": documents}
}

test_quality_outside_personal_data_not_counted if {
	lines := array.concat(array.slice(complete, 0, 6), [["Finance", "Ledger balances are kept accurate.", ""]])
	documents := [fixtures.policy("Finance Policy", "finance.md", lines)]
	violations := privacy_practices.deny with input as {"documents": documents}
	some v in violations
	v.criteria == ["P7.1"]
}

test_spanish_practices_pass if {
	documents := [fixtures.policy("Política de Protección de Datos", "proteccion-datos.md", [
		["Registro", "Se mantiene el registro de actividades de tratamiento.", ""],
		["Brechas", "Todo acceso no autorizado a datos personales se registra en el registro de incidentes.", ""],
		["Proveedores", "Los proveedores que tratan datos personales firman un contrato de encargo.", "must"],
		["Proveedores", "Los proveedores deben comunicar cualquier brecha de seguridad en 24 horas.", "must"],
		["Brechas", "Se notifica la brecha a los interesados afectados.", ""],
		["Derechos", "El interesado puede solicitar la lista de destinatarios de sus datos.", ""],
		["Calidad", "Los datos personales se mantienen exactos y actualizados.", ""],
	])]
	count(privacy_practices.deny) == 0 with input as {"documents": documents}
}

test_vendor_clause_under_vendor_heading_counts if {
	lines := array.concat([complete[0], complete[1], complete[2], complete[4], complete[5], complete[6]], [
		["Selecting a New Vendor", "Legal makes sure the contract includes a duty to report security incidents within 72 hours.", ""],
	])
	documents := [fixtures.policy("Privacy Policy", "privacy.md", lines)]
	count(privacy_practices.deny) == 0 with input as {"documents": documents}
}
