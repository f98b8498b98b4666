package soc2lint.rules.availability.capacity_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.availability.capacity

test_capacity_review_passes if {
	doc := fixtures.policy("Availability Policy", "availability.md", [
		["Uptime", "The platform targets 99.9 percent uptime.", ""],
		["Capacity", "Storage and CPU usage are monitored and alert at 80 percent.", ""],
		["Redundancy", "Services run in two zones.", ""],
	])
	count(capacity.deny) == 0 with input as doc
}

test_no_capacity_flagged if {
	doc := fixtures.policy("Availability Policy", "availability.md", [
		["Uptime", "The platform targets 99.9 percent uptime.", ""],
		["Redundancy", "Services run in two zones.", ""],
		["Status", "Outages are posted on the status page.", ""],
	])
	capacity.deny == {{
		"message": {
			"en": "The availability policy does not say how system capacity is monitored or planned.",
			"es": "La política de disponibilidad no indica cómo se supervisa ni se planifica la capacidad de los sistemas.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_spanish_capacity_passes if {
	doc := fixtures.policy("Política de Disponibilidad", "disponibilidad.md", [
		["Servicio", "La plataforma está disponible el 99,9 % del tiempo.", ""],
		["Capacidad", "El equipo revisa la capacidad cada trimestre.", ""],
		["Redundancia", "Los servicios se ejecutan en dos zonas.", ""],
	])
	count(capacity.deny) == 0 with input as doc
}

test_spanish_no_capacity_flagged if {
	doc := fixtures.policy("Política de Disponibilidad", "disponibilidad.md", [
		["Servicio", "La plataforma está disponible el 99,9 % del tiempo.", ""],
		["Redundancia", "Los servicios se ejecutan en dos zonas.", ""],
		["Estado", "Las caídas se publican en la página de estado.", ""],
	])
	count(capacity.deny) == 1 with input as doc
}
