# METADATA
# title: Post-incident review
# description: >
#   The plan must require a post-incident review that finds the root cause
#   and tracks corrective actions. Auditors test CC7.5 by looking for these
#   reviews after significant incidents.
# custom:
#   id: incident-lessons-learned
#   title_es: Revisión posterior al incidente
#   criteria: [CC7.5]
#   severity: error
#   remediation:
#     en: Require a post-incident review within a set time that records the root cause, lessons learned and tracked corrective actions.
#     es: Exija una revisión posterior al incidente en un plazo definido que registre la causa raíz, las lecciones aprendidas y acciones correctivas con seguimiento.
#   mappings:
#     iso27001: [A.5.27]
#     nist_csf: [RC.RP-06, ID.IM-03]
package soc2lint.rules.incident.lessons_learned

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

reviewed if {
	some s in input.statements
	vocab.mentions(s.norm, "lessons_learned")
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("incident_response")
	not reviewed

	violation := result.fail_file(
		"The incident response policy does not require a post-incident review or lessons learned.",
		"La política de respuesta a incidentes no exige una revisión posterior ni lecciones aprendidas.",
	)
}
