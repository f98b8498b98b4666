# METADATA
# title: Capacity and environmental protection documented
# description: >
#   When Availability is in scope, some governing document must say how
#   capacity is monitored or planned (A1.1) and how the infrastructure is
#   protected from environmental threats such as power loss, fire and flood,
#   directly or through the hosting provider (A1.2).
# custom:
#   id: corpus-availability-practices
#   title_es: Capacidad y protección ambiental documentadas
#   criteria: [A1.1, A1.2]
#   severity: warning
#   remediation:
#     en: Describe capacity monitoring and planning, and the environmental protections of the facilities that host the system, naming the provider when they are inherited from one.
#     es: Describa la supervisión y planificación de la capacidad y las protecciones ambientales de las instalaciones que alojan el sistema, indicando el proveedor cuando se heredan de uno.
#   mappings:
#     iso27001: [A.8.6, A.7.5, A.7.11]
#     nist_csf: [PR.IR-04, PR.IR-02]
package soc2lint.corpus.availability_practices

import data.soc2lint.lib.corpus
import data.soc2lint.lib.result

deny contains violation if {
	not corpus.substantive("capacity", 1)

	violation := object.union(
		result.fail_corpus(
			"No document says how system capacity is monitored or planned.",
			"Ningún documento indica cómo se supervisa o planifica la capacidad de los sistemas.",
		),
		{"criteria": ["A1.1"]},
	)
}

deny contains violation if {
	not corpus.substantive("environmental_protection", 1)

	violation := object.union(
		result.fail_corpus(
			"No document describes protection of the infrastructure against environmental threats (power, fire, flood, cooling).",
			"Ningún documento describe la protección de la infraestructura frente a amenazas ambientales (energía, incendio, inundación, refrigeración).",
		),
		{"criteria": ["A1.2"]},
	)
}
