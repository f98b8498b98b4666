# METADATA
# title: Incident severity classification
# description: >
#   The incident response plan must define severity or priority levels with
#   criteria, so that incidents are classified consistently and escalated in
#   time. Auditors test CC7.3 by checking that incidents were evaluated
#   against such a scheme.
# custom:
#   id: incident-severity
#   title_es: Clasificación de la severidad de incidentes
#   criteria: [CC7.3]
#   severity: error
#   remediation:
#     en: Define severity levels (for example SEV1 to SEV4) with criteria, response times and who must be informed at each level.
#     es: Defina niveles de severidad (por ejemplo SEV1 a SEV4) con criterios, tiempos de respuesta y a quién informar en cada nivel.
#   mappings:
#     iso27001: [A.5.25]
#     nist_csf: [RS.MA-03]
package soc2lint.rules.incident.severity

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

classified if {
	some s in input.statements
	vocab.mentions(s.norm, "incident_severity")
}

classified if {
	some table in input.tables
	some cell in table.header
	regex.match(`(?i)severity|priority|severidad|prioridad|criticidad`, cell)
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("incident_response")
	not classified

	violation := result.fail_file(
		"The incident response policy defines no severity or priority levels for classifying incidents.",
		"La política de respuesta a incidentes no define niveles de severidad o prioridad para clasificar los incidentes.",
	)
}
