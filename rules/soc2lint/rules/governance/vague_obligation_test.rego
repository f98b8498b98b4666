package soc2lint.rules.governance.vague_obligation_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.governance.vague_obligation

test_stated_frequency_passes if {
	doc := fixtures.policy("Operations Security Policy", "ops.md", [
		["Backups", "Backups are taken daily and restore tests are performed quarterly.", ""],
		["Purpose", "We regularly improve our controls.", ""],
		["Logging", "Security logs are reviewed every week by the SOC.", "must"],
	])
	count(vague_obligation.deny) == 0 with input as doc
}

test_periodically_without_frequency_flagged if {
	doc := fixtures.policy("Operations Security Policy", "ops.md", [
		["Logging", "Audit logs are reviewed periodically by the security team.", ""],
	])
	vague_obligation.deny == {{
		"message": {
			"en": "\"periodically\" gives no testable frequency for log review: \"Audit logs are reviewed periodically by the security team.\"",
			"es": "\"periodically\" no da una frecuencia verificable para revisión de registros: \"Audit logs are reviewed periodically by the security team.\"",
		},
		"location": {"line": 10},
		"criteria": ["CC7.2"],
	}} with input as doc
}

test_should_in_policy_section_flagged if {
	doc := fixtures.policy("Backup Policy", "backup.md", [
		["Policy", "Restore tests should be run on critical systems.", "should"],
	])
	violations := vague_obligation.deny with input as doc
	some v in violations
	v.message.en == "The restore or recovery testing requirement is written as a recommendation (\"should\"), not an obligation: \"Restore tests should be run on critical systems.\""
	v.criteria == ["A1.3"]
}

test_spanish_vague_frequency_flagged if {
	doc := fixtures.policy("Política de Operaciones", "operaciones.md", [
		["Vulnerabilidades", "Se realiza un escaneo de vulnerabilidades periódicamente.", ""],
	])
	violations := vague_obligation.deny with input as doc
	some v in violations
	v.message.es == "\"periodicamente\" no da una frecuencia verificable para escaneo de vulnerabilidades o parcheo: \"Se realiza un escaneo de vulnerabilidades periódicamente.\""
	v.criteria == ["CC7.1"]
}
