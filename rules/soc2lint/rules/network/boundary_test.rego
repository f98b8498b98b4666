package soc2lint.rules.network.boundary_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.network.boundary

policy(lines) := fixtures.policy("Network Security Policy", "policies/network-security.md", lines)

test_requirement_stated_passes if {
	doc := policy([
		["Devices", "Network devices are patched monthly.", ""],
		["Time", "Devices synchronize time with NTP.", ""],
		["Boundary", "Inbound traffic is denied by default by security groups.", "must"],
	])
	count(boundary.deny) == 0 with input as doc
}

test_requirement_missing_flagged if {
	doc := policy([
		["Devices", "Network devices are patched monthly.", ""],
		["Time", "Devices synchronize time with NTP.", ""],
		["Wireless", "Guest Wi-Fi uses a separate password.", ""],
	])
	boundary.deny == {{
		"message": {
			"en": "The network security policy does not require firewalls, security groups or network segmentation.",
			"es": "La política de seguridad de red no exige cortafuegos, grupos de seguridad ni segmentación de red.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_short_stub_skipped if {
	doc := policy([["Status", "To be written.", ""]])
	count(boundary.deny) == 0 with input as doc
}

test_other_topics_skipped if {
	doc := fixtures.policy("Vendor Management Policy", "policies/vendors.md", [
		["Devices", "Network devices are patched monthly.", ""],
		["Time", "Devices synchronize time with NTP.", ""],
		["Wireless", "Guest Wi-Fi uses a separate password.", ""],
	])
	count(boundary.deny) == 0 with input as doc
}

test_spanish_requirement_passes if {
	doc := fixtures.policy("Política de Seguridad de Red", "politicas/seguridad-red.md", [
		["Equipos", "Los equipos de red se actualizan cada mes.", ""],
		["Hora", "Los equipos sincronizan la hora por NTP.", ""],
		["Perímetro", "Los cortafuegos deniegan por defecto el tráfico entrante.", "must"],
	])
	count(boundary.deny) == 0 with input as doc
}

test_spanish_requirement_missing_flagged if {
	doc := fixtures.policy("Política de Seguridad de Red", "politicas/seguridad-red.md", [
		["Equipos", "Los equipos de red se actualizan cada mes.", ""],
		["Hora", "Los equipos sincronizan la hora por NTP.", ""],
		["Inalámbrica", "La wifi de invitados usa otra contraseña.", ""],
	])
	violations := boundary.deny with input as doc
	{v.message.es | some v in violations} == {"La política de seguridad de red no exige cortafuegos, grupos de seguridad ni segmentación de red."}
}
