package soc2lint.rules.incident.notification_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.incident.notification

test_customer_notification_passes if {
	doc := fixtures.policy("Incident Response Plan", "ir.md", [["Communication", "Legal notifies affected customers within 72 hours.", ""]])
	count(notification.deny) == 0 with input as doc
}

test_internal_only_flagged if {
	doc := fixtures.policy("Incident Response Plan", "ir.md", [["Communication", "The lead keeps the executive team informed.", ""]])
	notification.deny == {{
		"message": {
			"en": "The incident response policy does not require notifying affected customers, regulators or other external parties.",
			"es": "La política de respuesta a incidentes no exige notificar a los clientes afectados, reguladores u otras partes externas.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_spanish_notificacion_a_clientes_passes if {
	doc := fixtures.policy("Plan de Respuesta a Incidentes", "incidentes.md", [["Comunicación", "La notificación a clientes afectados se hace en 72 horas.", ""]])
	count(notification.deny) == 0 with input as doc
}
