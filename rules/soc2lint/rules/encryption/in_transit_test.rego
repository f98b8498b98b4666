package soc2lint.rules.encryption.in_transit_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.encryption.in_transit

crypto_policy(lines) := fixtures.policy("Encryption Policy", "encryption.md", lines)

test_tls_requirement_passes if {
	count(in_transit.deny) == 0 with input as crypto_policy([["Transit", "All external connections must use TLS 1.2 or later.", "must"]])
}

test_protected_traffic_wording_passes if {
	doc := crypto_policy([["Networks", "Traffic over networks we do not control is cryptographically protected.", ""]])
	count(in_transit.deny) == 0 with input as doc
}

test_table_row_passes if {
	doc := crypto_policy([["table", "Activity: Transmission; Requirement: TLS 1.2+", ""]])
	count(in_transit.deny) == 0 with input as doc
}

test_only_recommended_flagged if {
	doc := crypto_policy([["Transit", "Teams should encrypt data sent over the internet.", "should"]])
	in_transit.deny == {{
		"message": {
			"en": "Encryption in transit is only recommended, not required: \"Teams should encrypt data sent over the internet.\"",
			"es": "El cifrado en tránsito solo se recomienda, no es obligatorio: \"Teams should encrypt data sent over the internet.\"",
		},
		"location": {"line": 10},
	}} with input as doc
}

test_missing_transit_flagged if {
	doc := crypto_policy([["At rest", "Laptops use full-disk encryption.", "must"]])
	fixtures.messages(in_transit.deny) == {"The encryption policy does not require encryption of data in transit."} with input as doc
}

test_spanish_cifrado_en_transito_passes if {
	doc := fixtures.policy("Política de Cifrado", "cifrado.md", [["Tránsito", "Todos los datos deben viajar con cifrado en tránsito.", "must"]])
	count(in_transit.deny) == 0 with input as doc
}
