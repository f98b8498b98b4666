package soc2lint.rules.incident.severity_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.incident.severity

test_sev_levels_pass if {
	doc := fixtures.policy("Incident Response Plan", "ir.md", [["Triage", "Each incident is assigned SEV1 to SEV4.", ""]])
	count(severity.deny) == 0 with input as doc
}

test_judgement_only_flagged if {
	doc := fixtures.policy("Incident Response Plan", "ir.md", [["Triage", "The lead decides how urgent the incident is.", ""]])
	severity.deny == {{
		"message": {
			"en": "The incident response policy defines no severity or priority levels for classifying incidents.",
			"es": "La política de respuesta a incidentes no define niveles de severidad o prioridad para clasificar los incidentes.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_spanish_severidad_passes if {
	doc := fixtures.policy("Plan de Respuesta a Incidentes", "incidentes.md", [["Triaje", "Cada incidente recibe un nivel de severidad.", ""]])
	count(severity.deny) == 0 with input as doc
}
