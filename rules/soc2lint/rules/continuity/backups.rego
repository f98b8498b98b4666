# METADATA
# title: Backups defined
# description: >
#   The continuity or backup policy must say what is backed up and how often.
#   Auditors test A1.2 against the stated backup scope and schedule.
# custom:
#   id: continuity-backups
#   title_es: Copias de seguridad definidas
#   criteria: [A1.2]
#   severity: error
#   remediation:
#     en: State which systems and data are backed up, how often, where copies are kept and for how long, and how backup failures are detected.
#     es: Indique qué sistemas y datos se copian, con qué frecuencia, dónde se guardan las copias y durante cuánto tiempo, y cómo se detectan los fallos.
#   mappings:
#     iso27001: [A.8.13]
#     nist_csf: [PR.DS-11]
package soc2lint.rules.continuity.backups

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics

deny contains violation if {
	doc.covers_topic(input)
	topics.about("business_continuity")
	count(doc.about(input, "backup")) == 0

	violation := result.fail_file(
		"The continuity policy does not define backups.",
		"La política de continuidad no define las copias de seguridad.",
	)
}
