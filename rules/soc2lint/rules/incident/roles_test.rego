package soc2lint.rules.incident.roles_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.incident.roles

test_incident_commander_passes if {
	doc := fixtures.policy("Incident Response Plan", "ir.md", [["Team", "The incident commander runs the response.", ""]])
	count(roles.deny) == 0 with input as doc
}

test_missing_roles_flagged if {
	doc := fixtures.policy("Incident Response Plan", "ir.md", [["Steps", "Contain, eradicate and recover.", ""]])
	roles.deny == {{
		"message": {
			"en": "The incident response policy does not assign response roles and responsibilities.",
			"es": "La política de respuesta a incidentes no asigna roles ni responsabilidades de respuesta.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_spanish_equipo_de_respuesta_passes if {
	doc := fixtures.policy("Plan de Respuesta a Incidentes", "incidentes.md", [["Equipo", "El equipo de respuesta coordina la contención.", ""]])
	count(roles.deny) == 0 with input as doc
}
