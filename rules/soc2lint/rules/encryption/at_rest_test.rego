package soc2lint.rules.encryption.at_rest_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.encryption.at_rest

test_database_encryption_passes if {
	doc := fixtures.policy("Encryption Policy", "encryption.md", [["Storage", "Production databases are encrypted at rest with AES-256.", ""]])
	count(at_rest.deny) == 0 with input as doc
}

test_missing_at_rest_flagged if {
	doc := fixtures.policy("Encryption Policy", "encryption.md", [["Transit", "Connections use TLS 1.2.", "must"]])
	at_rest.deny == {{
		"message": {
			"en": "The encryption policy does not require encryption of data at rest.",
			"es": "La política de cifrado no exige cifrar los datos en reposo.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_spanish_en_reposo_passes if {
	doc := fixtures.policy("Política de Cifrado", "cifrado.md", [["Reposo", "Los datos en reposo deben estar cifrados.", "must"]])
	count(at_rest.deny) == 0 with input as doc
}
