# METADATA
# title: Significant changes trigger reassessment
# description: >
#   Significant changes (new products or markets, acquisitions, major
#   architecture or leadership changes) must trigger a risk reassessment.
#   Auditors test CC3.4 by checking that such changes were assessed.
# custom:
#   id: risk-change-triggers
#   title_es: Los cambios significativos desencadenan una reevaluación
#   criteria: [CC3.4]
#   severity: warning
#   remediation:
#     en: List the changes that require a focused risk assessment before they happen (new product, market, regulation, major architecture change, acquisition, key leadership change).
#     es: Enumere los cambios que exigen una evaluación de riesgos específica antes de producirse (nuevo producto, mercado, regulación, cambio de arquitectura, adquisición, cambio de dirección).
#   mappings:
#     iso27001: [A.5.7]
#     nist_csf: [ID.RA-07]
package soc2lint.rules.risk.change_triggers

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

# A trigger counts when a section mentions both an assessment and a change;
# lists often put "an assessment is carried out before:" and the changes in
# separate items.
assessment_sections := {s.section |
	some s in input.statements
	regex.match(`assess|evaluat|evalua|analisis|analys`, s.norm)
}

trigger_sections := {s.section |
	some s in input.statements
	vocab.mentions(s.norm, "change_trigger")
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("risk_assessment")
	count(assessment_sections & trigger_sections) == 0

	violation := result.fail_file(
		"The risk assessment policy does not require reassessment when significant changes occur.",
		"La política de evaluación de riesgos no exige reevaluar cuando se producen cambios significativos.",
	)
}
