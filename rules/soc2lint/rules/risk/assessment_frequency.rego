# METADATA
# title: Risk assessment at least annually
# description: >
#   The entity-wide risk assessment must be performed at a stated interval of
#   no more than a year. Auditors test CC3.2 by asking for the latest
#   assessment and comparing its date with the policy; "as appropriate"
#   cannot be tested.
# custom:
#   id: risk-assessment-frequency
#   title_es: Evaluación de riesgos al menos anual
#   criteria: [CC3.2]
#   severity: error
#   remediation:
#     en: State that the entity-wide risk assessment is performed at least annually, and who performs and approves it.
#     es: Indique que la evaluación de riesgos de toda la entidad se realiza al menos una vez al año, y quién la realiza y la aprueba.
#   mappings:
#     iso27001: [A.5.7]
#     nist_csf: [ID.RA-05, GV.RM-01]
#     gdpr: [Art. 32]
package soc2lint.rules.risk.assessment_frequency

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics

assessments := doc.about(input, "risk_assessment")

# An interval counts when it is a year or shorter; the annotator reports 365
# days for "annually", so a longer interval ("every two years") does not.
annual if {
	some s in assessments
	doc.has_frequency(s)
	not too_long(s)
}

# A frequency may also sit in the sentence that continues one about the
# assessment ("The risk register is updated for new risks. At a minimum,
# this review is conducted once per year.").
annual if {
	some s in doc.follow_ups(input, "risk_assessment")
	doc.has_frequency(s)
	not too_long(s)
}

too_long(s) if doc.max_frequency_days(s) > 366

vague := [s | some s in assessments; count(doc.vague_words(s)) > 0]

deny contains violation if {
	doc.governing(input)
	topics.about("risk_assessment")
	not annual
	some s in vague
	word := sort(doc.vague_words(s))[0]

	violation := result.fail(
		sprintf("The risk assessment is performed %q, with no stated interval: %s", [word, doc.quote(s)]),
		sprintf("La evaluación de riesgos se realiza %q, sin un intervalo definido: %s", [word, doc.quote(s)]),
		s,
	)
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("risk_assessment")
	not annual
	count(vague) == 0

	violation := result.fail_file(
		"The risk assessment policy does not require a risk assessment at least annually.",
		"La política de evaluación de riesgos no exige una evaluación de riesgos al menos anual.",
	)
}
