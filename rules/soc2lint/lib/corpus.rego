# METADATA
# title: Corpus helpers
# description: >
#   Questions corpus rules ask about the whole set of documents of a run
#   (input.documents): whether some governing document has a topic, or
#   substantively addresses a concept in its statements.
package soc2lint.lib.corpus

import data.soc2lint.lib.doc
import data.soc2lint.lib.topics

governing_documents := [d | some d in input.documents; doc.governing(d)]

# has_topic is true when a governing document is about topic and has at
# least three body statements, so an empty stub does not count.
has_topic(topic) if {
	some d in governing_documents
	topic in topics.of(d)
	count([s | some s in d.statements; doc.body(s)]) >= 3
}

# statements returns the body statements of all governing documents that
# mention concept.
statements(concept) := [s |
	some d in governing_documents
	some s in doc.about(d, concept)
]

# substantive is true when at least n statements across the governing
# documents mention concept.
substantive(concept, n) if count(statements(concept)) >= n
