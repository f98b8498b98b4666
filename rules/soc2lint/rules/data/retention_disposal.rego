# METADATA
# title: Retention periods and disposal defined
# description: >
#   A retention policy must state how long each kind of record is kept and
#   how it is disposed of at the end. Auditors test C1.2 by comparing the
#   stated periods with what is still stored.
# custom:
#   id: data-retention-disposal
#   title_es: Plazos de conservación y eliminación definidos
#   criteria: [C1.2]
#   severity: error
#   remediation:
#     en: Give a retention period for each record category and the secure disposal method used when it expires.
#     es: Indique un plazo de conservación para cada categoría de registros y el método de eliminación segura al vencer.
#   mappings:
#     iso27001: [A.5.33, A.8.10]
#     nist_csf: [PR.DS-01]
#     gdpr: [Art. 5]
package soc2lint.rules.data.retention_disposal

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

has_period if {
	some s in doc.about(input, "retention_period")
	vocab.mentions(s.norm, "retention")
}

has_period if {
	some s in input.statements
	s.source == "table_row"
	vocab.mentions(s.norm, "retention_period")
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("data_retention")
	not has_period

	violation := result.fail_file(
		"The retention policy states no retention periods.",
		"La política de conservación no indica plazos de conservación.",
	)
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("data_retention")
	count(doc.about(input, "disposal")) == 0

	violation := result.fail_file(
		"The retention policy does not say how data is disposed of when its retention period ends.",
		"La política de conservación no indica cómo se eliminan los datos al terminar su plazo de conservación.",
	)
}
