package soc2lint.corpus.confidentiality_policies_test

import data.soc2lint.corpus.confidentiality_policies
import data.soc2lint.lib.fixtures

classification := fixtures.policy("Data Classification Policy", "classification.md", [
	["Levels", "Data is Public, Internal or Confidential.", ""],
	["Handling", "Confidential data is encrypted.", ""],
	["Retention", "Retention periods: TBD, see the Data Retention Standard.", ""],
])

retention := fixtures.policy("Data Retention Policy", "retention.md", [
	["Periods", "Customer records are retained for 7 years.", ""],
	["Disposal", "Expired records are securely deleted.", ""],
	["Owners", "Owners approve exceptions.", ""],
])

test_both_policies_pass if {
	count(confidentiality_policies.deny) == 0 with input as {"documents": [classification, retention]}
}

test_deferred_retention_flagged if {
	confidentiality_policies.deny == {{
		"message": {
			"en": "No document states retention periods together with how data is disposed of.",
			"es": "Ningún documento indica plazos de conservación junto con el modo de eliminar los datos.",
		},
		"location": {},
		"criteria": ["C1.2"],
	}} with input as {"documents": [classification]}
}

test_spanish_retention_passes if {
	conservacion := fixtures.policy("Política de Conservación", "conservacion.md", [
		["Plazos", "Los contratos se conservan durante 10 años.", ""],
		["Eliminación", "Después se procede a su destrucción segura.", ""],
		["Excepciones", "Las excepciones se aprueban.", ""],
	])
	count(confidentiality_policies.deny) == 0 with input as {"documents": [classification, conservacion]}
}
