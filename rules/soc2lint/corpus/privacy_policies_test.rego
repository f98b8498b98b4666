package soc2lint.corpus.privacy_policies_test

import data.soc2lint.corpus.privacy_policies
import data.soc2lint.lib.fixtures

notice(lines) := fixtures.policy("Privacy Notice", "privacy.md", lines)

test_complete_notice_passes if {
	doc := notice([
		["Collection", "We collect personal information you give us.", ""],
		["Retention", "Personal data is retained for 2 years after the account closes.", ""],
		["Disposal", "It is then securely deleted.", ""],
	])
	count(privacy_policies.deny) == 0 with input as {"documents": [doc]}
}

test_as_long_as_needed_flagged if {
	doc := notice([
		["Collection", "We collect personal information you give us.", ""],
		["Retention", "We keep personal information for as long as needed.", ""],
		["Rights", "You may ask us to delete it.", ""],
	])
	fixtures.messages(privacy_policies.deny) == {
		"No document gives concrete retention periods for personal information.",
		"No document requires secure disposal of personal information.",
	} with input as {"documents": [doc]}
}

test_spanish_notice_passes if {
	doc := fixtures.policy("Aviso de Privacidad", "privacidad.md", [
		["Datos", "Tratamos sus datos personales con cuidado.", ""],
		["Conservación", "Los datos personales se conservan durante 5 años.", ""],
		["Eliminación", "Después se someten a borrado seguro.", ""],
	])
	count(privacy_policies.deny) == 0 with input as {"documents": [doc]}
}

# A retention period or disposal rule about something else (policy versions,
# hardware) does not cover personal information, even in a policy that
# mentions personal data elsewhere.
test_unrelated_retention_in_security_policy_flagged if {
	security := fixtures.policy("Information Security Policy", "security.md", [
		["Scope", "This policy covers systems that store customer information.", ""],
		["Data Handling", "Personal data is only processed for business purposes.", ""],
		["Policy Management", "Superseded versions are archived for at least seven years.", ""],
		["Equipment", "Retired laptops are wiped before they are recycled.", ""],
	])
	privacy := notice([
		["Collection", "We collect personal information you give us.", ""],
		["Retention", "We keep personal information for as long as needed.", ""],
		["Contact", "Write to us with any questions.", ""],
	])
	fixtures.messages(privacy_policies.deny) == {
		"No document gives concrete retention periods for personal information.",
		"No document requires secure disposal of personal information.",
	} with input as {"documents": [security, privacy]}
}
