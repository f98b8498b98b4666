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

ops_policy(lines) := fixtures.policy("Operations Security Policy", "ops.md", lines)

test_condition_after_activity_flagged if {
	doc := ops_policy([["Backups", "Database backups are taken by the operations team as needed.", ""]])
	vague_obligation.deny == {{
		"message": {
			"en": "\"as needed\" gives no testable frequency for backups: \"Database backups are taken by the operations team as needed.\"",
			"es": "\"as needed\" no da una frecuencia verificable para copias de seguridad: \"Database backups are taken by the operations team as needed.\"",
		},
		"location": {"line": 10},
		"criteria": ["A1.2"],
	}} with input as doc
}

test_condition_on_rotation_flagged if {
	doc := ops_policy([["Keys", "Encryption keys are rotated as required.", ""]])
	fixtures.messages(vague_obligation.deny) == {"\"as required\" gives no testable frequency for credential rotation: \"Encryption keys are rotated as required.\""} with input as doc
}

test_spanish_condition_after_activity_flagged if {
	doc := ops_policy([["Copias", "Las copias de seguridad se realizan según sea necesario.", ""]])
	violations := vague_obligation.deny with input as doc
	some v in violations
	v.criteria == ["A1.2"]
	startswith(v.message.en, "\"segun sea necesario\" gives no testable frequency for backups")
}

test_condition_before_step_ignored if {
	doc := ops_policy([["Forensics", "As necessary, take a snapshot of the disk image and back up the system.", ""]])
	count(vague_obligation.deny) == 0 with input as doc
}

test_condition_on_participants_ignored if {
	doc := ops_policy([["Findings", "Findings from a vulnerability scan are analyzed by the security team, together with IT and Engineering as needed.", ""]])
	count(vague_obligation.deny) == 0 with input as doc
}

test_condition_far_from_activity_ignored if {
	doc := ops_policy([["Findings", "Vulnerability scan results go to the security team and the owners of the affected systems as needed.", ""]])
	count(vague_obligation.deny) == 0 with input as doc
}

test_recurrence_word_anywhere_flagged if {
	doc := ops_policy([["Findings", "As part of the vulnerability management program, penetration tests are run by an outside firm regularly.", ""]])
	fixtures.messages(vague_obligation.deny) == {"\"regularly\" gives no testable frequency for vulnerability scanning or patching: \"As part of the vulnerability management program, penetration tests are run by an outside firm regularly.\""} with input as doc
}

test_roles_table_duty_ignored if {
	doc := ops_policy([
		["table", "Role: All Workforce Members; Responsibility: Comply with patch management procedures and apply patches as required.", ""],
		["table", "Roles and Responsibilities: System administrators apply security patches regularly.", ""],
	])
	count(vague_obligation.deny) == 0 with input as doc
}

test_control_table_row_flagged if {
	doc := ops_policy([["table", "Control: Security patches are applied regularly; Owner: IT", ""]])
	fixtures.messages(vague_obligation.deny) == {"\"regularly\" gives no testable frequency for vulnerability scanning or patching: \"Control: Security patches are applied regularly; Owner: IT\""} with input as doc
}

test_two_activities_in_one_sentence_flagged_each if {
	doc := ops_policy([["Operations", "Security patches are applied and backups are taken regularly.", ""]])
	violations := vague_obligation.deny with input as doc
	{v.criteria[0] | some v in violations} == {"CC7.1", "A1.2"}
}
