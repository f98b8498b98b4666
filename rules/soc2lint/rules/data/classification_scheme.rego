# METADATA
# title: Data classification levels defined
# description: >
#   A classification policy must define at least three levels (for example
#   Public, Internal, Confidential) so that confidential information can be
#   identified. Auditors test C1.1 against these levels.
# custom:
#   id: data-classification-levels
#   title_es: Niveles de clasificación de datos definidos
#   criteria: [C1.1]
#   severity: error
#   remediation:
#     en: Define the classification levels (such as Public, Internal, Confidential, Restricted), with examples and handling rules for each.
#     es: Defina los niveles de clasificación (como Público, Interno, Confidencial, Restringido), con ejemplos y reglas de tratamiento para cada uno.
#   mappings:
#     iso27001: [A.5.12, A.5.13]
#     nist_csf: [ID.AM-07]
package soc2lint.rules.data.classification_scheme

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

levels := {level |
	some s in input.statements
	some pattern in vocab.patterns.classification_level
	some level in regex.find_n(pattern, s.norm, -1)
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("data_classification")
	count(levels) < 3

	violation := result.fail_file(
		sprintf("The classification policy defines fewer than three classification levels (found: %s).", [concat(", ", sort(levels))]),
		sprintf("La política de clasificación define menos de tres niveles de clasificación (encontrados: %s).", [concat(", ", sort(levels))]),
	)
}
