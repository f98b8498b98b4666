package soc2lint.rules.access.deprovisioning_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.access.deprovisioning

test_next_working_day_passes if {
	doc := fixtures.policy("Access Control Policy", "access.md", [
		["Leavers", "Accounts of leavers are disabled no later than the end of the next working day.", ""],
	])
	count(deprovisioning.deny) == 0 with input as doc
}

test_deadline_in_leaver_section_passes if {
	doc := fixtures.policy("Access Control Policy", "access.md", [
		["Leavers", "HR notifies IT about every termination.", ""],
		["Leavers", "IT revokes all access within 24 hours.", ""],
	])
	count(deprovisioning.deny) == 0 with input as doc
}

test_removal_without_deadline_flagged if {
	doc := fixtures.policy("Access Control Policy", "access.md", [
		["Offboarding", "Access of terminated employees is revoked by IT.", ""],
	])
	deprovisioning.deny == {{
		"message": {
			"en": "Removal of leavers' access has no deadline: \"Access of terminated employees is revoked by IT.\"",
			"es": "La retirada de accesos de las bajas no tiene plazo: \"Access of terminated employees is revoked by IT.\"",
		},
		"location": {"line": 10},
	}} with input as doc
}

test_no_leaver_statement_flagged if {
	doc := fixtures.policy("Access Control Policy", "access.md", [["Passwords", "Passwords have 12 characters.", "must"]])
	fixtures.messages(deprovisioning.deny) == {"The access-control policy does not say when leavers' access is removed."} with input as doc
}

test_spanish_immediate_removal_passes if {
	doc := fixtures.policy("Política de Control de Accesos", "accesos.md", [
		["Bajas", "Los accesos de los empleados dados de baja se revocan de inmediato.", ""],
	])
	count(deprovisioning.deny) == 0 with input as doc
}
