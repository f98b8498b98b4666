# METADATA
# title: Vendors reassessed periodically
# description: >
#   Vendors must be reassessed at a stated interval, not only at onboarding,
#   because their risk changes over the relationship. Auditors test CC9.2 by
#   checking the dates of vendor reviews against the policy's interval.
# custom:
#   id: vendor-reassessment
#   title_es: Reevaluación periódica de proveedores
#   criteria: [CC9.2]
#   severity: error
#   remediation:
#     en: State how often vendors are reassessed by tier, for example "Tier 1 vendors annually, Tier 2 every two years".
#     es: Indique con qué frecuencia se reevalúa a los proveedores según su nivel, por ejemplo "nivel 1 anualmente, nivel 2 cada dos años".
#   mappings:
#     iso27001: [A.5.22]
#     nist_csf: [GV.SC-07]
package soc2lint.rules.vendor.reassessment

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics

periodic if {
	some s in doc.about(input, "reassessment")
	doc.has_frequency(s)
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("vendor_management")
	not periodic

	violation := result.fail_file(
		"The vendor policy does not require reassessing vendors at a stated interval.",
		"La política de proveedores no exige reevaluar a los proveedores con una frecuencia definida.",
	)
}
