package soc2lint.rules.access.provisioning_approval_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.access.provisioning_approval

test_approved_requests_pass if {
	doc := fixtures.policy("Access Control Policy", "access.md", [
		["Granting Access", "The system owner approves each request before IT provisions it.", ""],
	])
	count(provisioning_approval.deny) == 0 with input as doc
}

test_missing_approval_flagged if {
	doc := fixtures.policy("Access Control Policy", "access.md", [
		["Granting Access", "IT creates new accounts on the first day.", ""],
	])
	provisioning_approval.deny == {{
		"message": {
			"en": "The access-control policy does not require approval before access is granted.",
			"es": "La política de control de accesos no exige aprobación antes de conceder accesos.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_spanish_approval_passes if {
	doc := fixtures.policy("Política de Control de Accesos", "accesos.md", [
		["Altas", "Toda solicitud de acceso debe ser aprobada por el responsable del sistema.", "must"],
	])
	count(provisioning_approval.deny) == 0 with input as doc
}

# Approval written as an authorized request for account creation counts.
test_authorized_request_for_accounts_passes if {
	doc := fixtures.policy("Access Control Policy", "access.md", [
		["Accounts", "User accounts shall be set up only after an authorized request from the line manager.", "must"],
	])
	count(provisioning_approval.deny) == 0 with input as doc
}

# A policy in a language the vocabulary does not read is not judged by what
# it does not say.
test_unreadable_language_skipped if {
	doc := object.union(fixtures.policy("Access Control Policy", "fr/access.md", [
		["Comptes", "Les comptes sont créés par le service informatique.", ""],
	]), {"language": ""})
	count(provisioning_approval.deny) == 0 with input as doc
}
