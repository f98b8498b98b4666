# METADATA
# title: Capacity monitored and planned
# description: >
#   An availability or capacity policy must say how the use of processing,
#   storage and network capacity is monitored and how future demand is
#   planned for. Auditors test A1.1 against capacity reviews and alerts.
# custom:
#   id: availability-capacity
#   title_es: Capacidad supervisada y planificada
#   criteria: [A1.1]
#   severity: error
#   remediation:
#     en: State which capacity measures (CPU, memory, storage, connections) are monitored, the alert thresholds, and how often capacity is reviewed against forecast demand.
#     es: Indique qué medidas de capacidad (CPU, memoria, almacenamiento, conexiones) se supervisan, los umbrales de alerta y cada cuánto se revisa la capacidad frente a la demanda prevista.
#   mappings:
#     iso27001: [A.8.6]
#     nist_csf: [PR.IR-04]
package soc2lint.rules.availability.capacity

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics

deny contains violation if {
	doc.covers_topic(input)
	topics.about("availability")
	count([s | some s in input.statements; doc.body(s)]) >= 3
	count(doc.about(input, "capacity")) == 0

	violation := result.fail_file(
		"The availability policy does not say how system capacity is monitored or planned.",
		"La política de disponibilidad no indica cómo se supervisa ni se planifica la capacidad de los sistemas.",
	)
}
