# METADATA
# title: Incident response roles
# description: >
#   The plan should name who leads and who takes part in the response.
#   Auditors look for assigned roles under CC7.4 because an unowned response
#   is neither timely nor consistent.
# custom:
#   id: incident-roles
#   title_es: Roles de respuesta a incidentes
#   criteria: [CC7.4]
#   severity: warning
#   remediation:
#     en: Name the incident response roles (incident lead, responders, communications, executive sponsor) and their responsibilities.
#     es: Indique los roles de respuesta (responsable del incidente, equipo técnico, comunicación, patrocinador ejecutivo) y sus responsabilidades.
#   mappings:
#     iso27001: [A.5.24]
#     nist_csf: [RS.MA-01]
package soc2lint.rules.incident.roles

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

assigned if {
	some s in input.statements
	vocab.mentions(s.norm, "incident_roles")
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("incident_response")
	not assigned

	violation := result.fail_file(
		"The incident response policy does not assign response roles and responsibilities.",
		"La política de respuesta a incidentes no asigna roles ni responsabilidades de respuesta.",
	)
}
