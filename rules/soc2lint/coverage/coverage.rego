# METADATA
# title: Criteria a document supports
# description: >
#   The criterion ids a document addresses, from its topics and from what its
#   statements say. The engine marks a criterion met when some document
#   supports it and no error or warning finding is against it.
package soc2lint.coverage

import data.soc2lint.lib.doc
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

by_topic := {
	"access_control": ["CC6.1", "CC6.2", "CC6.3"],
	"encryption": ["CC6.1", "CC6.7"],
	"change_management": ["CC8.1"],
	"incident_response": ["CC7.3", "CC7.4", "CC7.5", "CC2.3"],
	"business_continuity": ["A1.2", "A1.3"],
	"vendor_management": ["CC9.2"],
	"risk_assessment": ["CC3.2", "CC3.3", "CC3.4"],
	"data_classification": ["C1.1"],
	"data_retention": ["C1.2"],
	"privacy": ["P1.1", "P8.1"],
	"training": ["CC2.2"],
	"information_security": ["CC5.3"],
	"vulnerability_management": ["CC7.1"],
}

# by_concept maps a statement concept to the criterion a statement about it
# supports, wherever the statement appears.
by_concept := {
	"mfa": "CC6.1",
	"access_review": "CC6.3",
	"backup": "A1.2",
	"recovery_test": "A1.3",
	"capacity_review": "A1.1",
	"vulnerability_scan": "CC7.1",
	"lessons_learned": "CC7.5",
	"fraud": "CC3.3",
	"privacy_complaints": "P8.1",
}

supports contains criterion if {
	doc.governing(input)
	some topic in topics.of(input)
	some criterion in by_topic[topic]
}

supports contains "CC5.3" if doc.governing(input)

supports contains criterion if {
	doc.governing(input)
	some concept, criterion in by_concept
	count(doc.about(input, concept)) > 0
}

supports contains "CC6.7" if {
	doc.governing(input)
	some s in doc.about(input, "encryption")
	vocab.mentions(s.norm, "transit")
}
