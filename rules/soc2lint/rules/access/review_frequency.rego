# METADATA
# title: User access reviews with a stated frequency
# description: >
#   The policy must require user access reviews at a concrete interval
#   (quarterly, semi-annually, annually). Auditors test CC6.3 by checking
#   that a review happened in every interval of the period; "periodically"
#   gives them nothing to test against.
# custom:
#   id: access-review-frequency
#   title_es: Revisiones de accesos con frecuencia definida
#   criteria: [CC6.3]
#   severity: error
#   remediation:
#     en: State who reviews user access and how often, for example "System owners review all user access quarterly; privileged access monthly."
#     es: Indique quién revisa los accesos de usuario y con qué frecuencia, por ejemplo "Los propietarios de sistemas revisan todos los accesos trimestralmente."
#   mappings:
#     iso27001: [A.5.18]
#     nist_csf: [PR.AA-05]
package soc2lint.rules.access.review_frequency

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

# Reviews of badges and door permissions are physical access reviews
# (CC6.4, the physical-access rule), not user access reviews, unless the
# statement also names logical access.
reviews := [s |
	some s in doc.about(input, "access_review")
	not physical_only(s.norm)
]

physical_only(norm) if {
	vocab.mentions(norm, "physical_site")
	not vocab.mentions(norm, "logical_access")
}

in_review_section(s) if {
	some title in s.section_path
	vocab.mentions(title, "access_review")
	not physical_only(title)
}

# The frequency may be in the review sentence or in another sentence of a
# section about access reviews ("Reviews take place every quarter.").
scheduled if {
	some s in reviews
	doc.has_frequency(s)
}

scheduled if {
	some s in input.statements
	doc.body(s)
	in_review_section(s)
	doc.has_frequency(s)
}

scheduled if {
	some s in doc.follow_ups(input, "access_review")
	not physical_only(s.norm)
	doc.has_frequency(s)
}

vague_reviews := [s | some s in reviews; count(doc.vague_words(s)) > 0]

deny contains violation if {
	doc.governing(input)
	topics.about("access_control")
	not scheduled
	some s in vague_reviews
	word := sort(doc.vague_words(s))[0]

	violation := result.fail(
		sprintf("User access reviews happen %q, with no stated interval: %s", [word, doc.quote(s)]),
		sprintf("Las revisiones de accesos se hacen %q, sin un intervalo definido: %s", [word, doc.quote(s)]),
		s,
	)
}

deny contains violation if {
	doc.governing(input)
	topics.about("access_control")
	not scheduled
	count(vague_reviews) == 0
	count(reviews) > 0
	first := reviews[0]

	violation := result.fail(
		sprintf("User access reviews have no stated frequency: %s", [doc.quote(first)]),
		sprintf("Las revisiones de accesos no tienen una frecuencia definida: %s", [doc.quote(first)]),
		first,
	)
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("access_control")
	count(reviews) == 0
	not scheduled

	violation := result.fail_file(
		"The access-control policy does not require periodic user access reviews.",
		"La política de control de accesos no exige revisiones periódicas de los accesos de usuario.",
	)
}
