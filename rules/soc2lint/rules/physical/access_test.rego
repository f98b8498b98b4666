package soc2lint.rules.physical.access_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.physical.access

policy(lines) := fixtures.policy("Physical Security Policy", "policies/physical-security.md", lines)

test_requirement_stated_passes if {
	doc := policy([
		["Equipment", "Laptops are locked away overnight.", ""],
		["Reporting", "Lost devices are reported.", ""],
		["Entry", "Office doors open only with an employee badge.", "must"],
	])
	count(access.deny) == 0 with input as doc
}

test_requirement_missing_flagged if {
	doc := policy([
		["Equipment", "Laptops are locked away overnight.", ""],
		["Reporting", "Lost devices are reported.", ""],
		["Clean desk", "Desks are cleared at the end of the day.", ""],
	])
	access.deny == {{
		"message": {
			"en": "The physical security policy does not say how entry to facilities is restricted to authorized people.",
			"es": "La política de seguridad física no indica cómo se restringe la entrada a las instalaciones a personas autorizadas.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_short_stub_skipped if {
	doc := policy([["Status", "To be written.", ""]])
	count(access.deny) == 0 with input as doc
}

test_other_topics_skipped if {
	doc := fixtures.policy("Vendor Management Policy", "policies/vendors.md", [
		["Equipment", "Laptops are locked away overnight.", ""],
		["Reporting", "Lost devices are reported.", ""],
		["Clean desk", "Desks are cleared at the end of the day.", ""],
	])
	count(access.deny) == 0 with input as doc
}

test_spanish_requirement_passes if {
	doc := fixtures.policy("Política de Seguridad Física", "politicas/seguridad-fisica.md", [
		["Equipos", "Los portátiles se guardan por la noche.", ""],
		["Avisos", "Los dispositivos perdidos se comunican.", ""],
		["Entrada", "La entrada a la oficina requiere tarjeta de acceso.", "must"],
	])
	count(access.deny) == 0 with input as doc
}

test_spanish_requirement_missing_flagged if {
	doc := fixtures.policy("Política de Seguridad Física", "politicas/seguridad-fisica.md", [
		["Equipos", "Los portátiles se guardan por la noche.", ""],
		["Avisos", "Los dispositivos perdidos se comunican.", ""],
		["Mesas", "Las mesas se dejan despejadas al final del día.", ""],
	])
	violations := access.deny with input as doc
	{v.message.es | some v in violations} == {"La política de seguridad física no indica cómo se restringe la entrada a las instalaciones a personas autorizadas."}
}
