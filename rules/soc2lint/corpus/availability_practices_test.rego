package soc2lint.corpus.availability_practices_test

import data.soc2lint.corpus.availability_practices
import data.soc2lint.lib.fixtures

test_capacity_and_provider_pass if {
	documents := [fixtures.policy("Business Continuity Policy", "bcp.md", [
		["Capacity", "Auto-scaling keeps 50 percent headroom over last quarter's peak.", ""],
		["Hosting", "Power, cooling and fire suppression are provided by the cloud provider.", ""],
	])]
	count(availability_practices.deny) == 0 with input as {"documents": documents}
}

test_missing_environment_reported if {
	documents := [fixtures.policy("Business Continuity Policy", "bcp.md", [["Capacity", "Capacity is reviewed every quarter.", ""]])]
	availability_practices.deny == {{
		"message": {
			"en": "No document describes protection of the infrastructure against environmental threats (power, fire, flood, cooling).",
			"es": "Ningún documento describe la protección de la infraestructura frente a amenazas ambientales (energía, incendio, inundación, refrigeración).",
		},
		"location": {},
		"criteria": ["A1.2"],
	}} with input as {"documents": documents}
}

test_spanish_practices_pass if {
	documents := [fixtures.policy("Plan de Continuidad", "continuidad.md", [
		["Capacidad", "Se revisa la capacidad de los servidores cada mes.", ""],
		["Alojamiento", "El sistema se aloja en dos zonas de disponibilidad.", ""],
	])]
	count(availability_practices.deny) == 0 with input as {"documents": documents}
}

test_spanish_missing_capacity_reported if {
	documents := [fixtures.policy("Plan de Continuidad", "continuidad.md", [["Alojamiento", "El sistema se aloja en dos zonas de disponibilidad.", ""]])]
	violations := availability_practices.deny with input as {"documents": documents}
	{v.criteria[0] | some v in violations} == {"A1.1"}
}
