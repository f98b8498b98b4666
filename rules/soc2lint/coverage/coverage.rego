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
	"privacy_notice": ["P1.1", "P2.1", "P5.1", "P5.2", "P6.1"],
	"processing_integrity": ["PI1.1", "PI1.2", "PI1.3", "PI1.4", "PI1.5"],
	"code_of_conduct": ["CC1.1", "CC1.5"],
	"physical_security": ["CC6.4"],
	"asset_management": ["CC6.5"],
	"network_security": ["CC6.6"],
	"endpoint_security": ["CC6.8"],
	"logging_monitoring": ["CC7.2"],
	"internal_audit": ["CC4.1", "CC4.2"],
	"availability": ["A1.1"],
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
	"code_of_conduct": "CC1.1",
	"board_oversight": "CC1.2",
	"roles_responsibilities": "CC1.3",
	"personnel_screening": "CC1.4",
	"sanctions": "CC1.5",
	"security_logging": "CC2.1",
	"objectives": "CC3.1",
	"control_monitoring": "CC4.1",
	"deficiency_tracking": "CC4.2",
	"risk_treatment": "CC5.1",
	"physical_access": "CC6.4",
	"asset_disposal": "CC6.5",
	"boundary_protection": "CC6.6",
	"malware_protection": "CC6.8",
	"security_monitoring": "CC7.2",
	"disruption_mitigation": "CC9.1",
	"capacity": "A1.1",
	"environmental_protection": "A1.2",
	"confidentiality_agreement": "C1.1",
	"privacy_choice": "P2.1",
	"purpose_limitation": "P3.1",
	"explicit_consent": "P3.2",
	"subject_access": "P5.1",
	"subject_correction": "P5.2",
	"third_party_agreement": "P6.4",
	"disclosure_record": "P6.2",
	"disclosure_accounting": "P6.7",
	"processing_spec": "PI1.1",
	"input_validation": "PI1.2",
	"processing_monitoring": "PI1.3",
	"output_review": "PI1.4",
	"io_storage": "PI1.5",
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
