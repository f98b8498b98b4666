# METADATA
# title: Security events monitored
# description: >
#   A logging or monitoring policy must say how logs and systems are
#   monitored for anomalies and security events: alerts, a SIEM, intrusion
#   detection or a stated log review. Collecting logs that nobody reviews
#   does not meet CC7.2.
# custom:
#   id: monitoring-security-events
#   title_es: Eventos de seguridad supervisados
#   criteria: [CC7.2]
#   severity: error
#   remediation:
#     en: State which events raise alerts, who receives them, and how often logs are reviewed, or name the SIEM or intrusion detection service that does it.
#     es: Indique qué eventos generan alertas, quién las recibe y cada cuánto se revisan los registros, o nombre el SIEM o servicio de detección de intrusiones que lo hace.
#   mappings:
#     iso27001: [A.8.16, A.8.15]
#     nist_csf: [DE.CM-01, DE.AE-02]
package soc2lint.rules.monitoring.security_events

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics

stated if count(doc.about(input, "security_monitoring")) > 0

stated if count(doc.about(input, "log_review")) > 0

deny contains violation if {
	doc.covers_topic(input)
	topics.about("logging_monitoring")
	count([s | some s in input.statements; doc.body(s)]) >= 3
	not stated

	violation := result.fail_file(
		"The logging policy does not say how logs or systems are monitored for security events.",
		"La política de registros no indica cómo se supervisan los registros o los sistemas en busca de eventos de seguridad.",
	)
}
