# METADATA
# title: Network boundary protection
# description: >
#   A network security policy must require firewalls, security groups or
#   segmentation that restrict traffic at the system boundary. Auditors test
#   CC6.6 against firewall rules and their reviews.
# custom:
#   id: network-boundary
#   title_es: Protección del perímetro de red
#   criteria: [CC6.6]
#   severity: error
#   remediation:
#     en: Require firewalls or security groups that deny traffic by default at each network boundary, segmentation of production from other networks, and periodic review of the rules.
#     es: Exija cortafuegos o grupos de seguridad que denieguen el tráfico por defecto en cada frontera de red, la segmentación de producción respecto de otras redes y la revisión periódica de las reglas.
#   mappings:
#     iso27001: [A.8.20, A.8.22]
#     nist_csf: [PR.IR-01]
package soc2lint.rules.network.boundary

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics

stated if count(doc.about(input, "boundary_protection")) > 0

deny contains violation if {
	doc.covers_topic(input)
	topics.about("network_security")
	count([s | some s in input.statements; doc.body(s)]) >= 3
	not stated

	violation := result.fail_file(
		"The network security policy does not require firewalls, security groups or network segmentation.",
		"La política de seguridad de red no exige cortafuegos, grupos de seguridad ni segmentación de red.",
	)
}
