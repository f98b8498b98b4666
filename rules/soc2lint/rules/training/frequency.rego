# METADATA
# title: Security awareness training with a stated frequency
# description: >
#   Security awareness training must happen at hire and at a stated interval
#   afterwards. Auditors test CC2.2 by comparing completion dates with that
#   interval.
# custom:
#   id: training-frequency
#   title_es: Formación de concienciación con frecuencia definida
#   criteria: [CC2.2]
#   severity: error
#   remediation:
#     en: State that staff complete security awareness training within a set time of joining and at least annually afterwards.
#     es: Indique que el personal completa la formación de concienciación en un plazo tras su incorporación y al menos una vez al año después.
#   mappings:
#     iso27001: [A.6.3]
#     nist_csf: [PR.AT-01]
#     gdpr: [Art. 39]
package soc2lint.rules.training.frequency

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics

scheduled if {
	some s in doc.about(input, "training")
	doc.has_frequency(s)
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("training")
	not scheduled

	violation := result.fail_file(
		"The training policy does not state how often security awareness training is repeated.",
		"La política de formación no indica con qué frecuencia se repite la formación de concienciación.",
	)
}
