# METADATA
# title: Customers and regulators notified of incidents
# description: >
#   The incident response plan must say when and how affected customers,
#   regulators and other external parties are notified. Auditors assess this
#   under CC7.4 (responding to incidents) and CC2.3 (communicating with
#   external parties); internal-only communication fails both.
# custom:
#   id: incident-notification
#   title_es: Notificación de incidentes a clientes y reguladores
#   criteria: [CC7.4, CC2.3]
#   severity: error
#   remediation:
#     en: State who decides on external notification, which parties are notified (affected customers, regulators, data subjects) and the deadlines, such as 72 hours for personal data breaches.
#     es: Indique quién decide la notificación externa, a quién se notifica (clientes afectados, reguladores, interesados) y los plazos, como 72 horas para brechas de datos personales.
#   mappings:
#     iso27001: [A.5.24, A.5.26, A.6.8]
#     nist_csf: [RS.CO-02, RS.CO-03]
#     gdpr: [Art. 33, Art. 34]
package soc2lint.rules.incident.notification

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

notifies_externally if {
	some s in doc.about(input, "external_party")
	vocab.mentions(s.norm, "notify")
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("incident_response")
	not notifies_externally

	violation := result.fail_file(
		"The incident response policy does not require notifying affected customers, regulators or other external parties.",
		"La política de respuesta a incidentes no exige notificar a los clientes afectados, reguladores u otras partes externas.",
	)
}
