# METADATA
# title: Security practices documented across the policy set
# description: >
#   Some governing document must state each security practice that auditors
#   expect a policy to set: a code of conduct (CC1.1), board or committee
#   oversight (CC1.2), personnel screening (CC1.4), disciplinary measures
#   (CC1.5), security logging or an asset inventory (CC2.1), objectives
#   (CC3.1), control monitoring (CC4.1), tracking of deficiencies (CC4.2),
#   risk treatment (CC5.1), physical access (CC6.4), disposal of devices and
#   media (CC6.5), boundary protection (CC6.6), malware protection (CC6.8),
#   security monitoring (CC7.2) and business disruption planning or
#   insurance (CC9.1). The rule reads the whole set, so a practice stated in
#   any policy counts.
# custom:
#   id: corpus-security-practices
#   title_es: Prácticas de seguridad documentadas en el conjunto de políticas
#   criteria: [CC1.1, CC1.2, CC1.4, CC1.5, CC2.1, CC3.1, CC4.1, CC4.2, CC5.1, CC6.4, CC6.5, CC6.6, CC6.8, CC7.2, CC9.1]
#   severity: warning
#   remediation:
#     en: >
#       Add the missing practice to the policy where it belongs (usually the
#       information security policy), as a requirement with an owner. If the
#       practice is inherited from a provider, such as physical security from
#       a cloud provider, say so.
#     es: >
#       Añada la práctica que falta a la política que corresponda (normalmente
#       la de seguridad de la información), como un requisito con responsable.
#       Si se hereda de un proveedor, como la seguridad física de un proveedor
#       cloud, indíquelo.
#   mappings:
#     iso27001: [A.5.1, A.5.4, A.6.1, A.6.4, A.5.35, A.7.2, A.7.14, A.8.7, A.8.16, A.8.20]
#     nist_csf: [GV.RR-01, GV.OV-01, ID.RA-06, PR.AA-06, PR.IR-01, DE.CM-01]
package soc2lint.corpus.security_practices

import data.soc2lint.lib.corpus
import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

# practices maps each practice to its criterion, the vocabulary concepts that
# state it, and its description in each language.
practices := {
	"code_of_conduct": {"criterion": "CC1.1", "concepts": ["code_of_conduct"], "en": "a code of conduct", "es": "un código de conducta"},
	"board_oversight": {"criterion": "CC1.2", "concepts": ["board_oversight"], "en": "oversight of security by a board or committee", "es": "la supervisión de la seguridad por un consejo o comité"},
	"screening": {"criterion": "CC1.4", "concepts": ["personnel_screening"], "en": "background screening or defined competence for personnel", "es": "la verificación de antecedentes o la competencia exigida al personal"},
	"sanctions": {"criterion": "CC1.5", "concepts": ["sanctions"], "en": "disciplinary measures for policy violations", "es": "medidas disciplinarias por incumplir las políticas"},
	"information": {"criterion": "CC2.1", "concepts": ["security_logging", "asset_inventory"], "en": "security logging or an inventory of systems and assets", "es": "registros de seguridad o un inventario de sistemas y activos"},
	"objectives": {"criterion": "CC3.1", "concepts": ["objectives"], "en": "security or business objectives against which risks are judged", "es": "objetivos de seguridad o de negocio con los que valorar los riesgos"},
	"control_monitoring": {"criterion": "CC4.1", "concepts": ["control_monitoring"], "en": "internal audits or ongoing monitoring of controls", "es": "auditorías internas o supervisión continua de los controles"},
	"deficiencies": {"criterion": "CC4.2", "concepts": ["deficiency_tracking"], "en": "tracking and remediation of control deficiencies or audit findings", "es": "el seguimiento y la corrección de deficiencias de control o hallazgos de auditoría"},
	"risk_treatment": {"criterion": "CC5.1", "concepts": ["risk_treatment"], "en": "a treatment decision and controls for assessed risks", "es": "una decisión de tratamiento y controles para los riesgos evaluados"},
	"physical_access": {"criterion": "CC6.4", "concepts": ["physical_access"], "en": "restriction of physical access to facilities", "es": "la restricción del acceso físico a las instalaciones"},
	"disposal": {"criterion": "CC6.5", "concepts": ["asset_disposal"], "en": "secure disposal of devices and storage media", "es": "la eliminación segura de equipos y soportes"},
	"boundary": {"criterion": "CC6.6", "concepts": ["boundary_protection"], "en": "firewalls or network segmentation at the system boundary", "es": "cortafuegos o segmentación de red en el perímetro del sistema"},
	"malware": {"criterion": "CC6.8", "concepts": ["malware_protection"], "en": "malware protection or control of installed software", "es": "protección frente a malware o control del software instalado"},
	"monitoring": {"criterion": "CC7.2", "concepts": ["security_monitoring", "log_review"], "en": "monitoring of systems for security events", "es": "la supervisión de los sistemas en busca de eventos de seguridad"},
	"disruption": {"criterion": "CC9.1", "concepts": ["disruption_mitigation"], "en": "business continuity planning or insurance against business disruption", "es": "un plan de continuidad o un seguro frente a interrupciones del negocio"},
}

# topic_practices maps a document topic to the practice that a governing
# document about it states by its existence, such as a code of conduct.
topic_practices := {
	"code_of_conduct": "code_of_conduct",
	"physical_security": "physical_access",
	"network_security": "boundary",
	"endpoint_security": "malware",
	"logging_monitoring": "monitoring",
	"internal_audit": "control_monitoring",
	"business_continuity": "disruption",
}

# A practice counts when a body statement or a heading of a governing
# document names it: a section titled "Information Security Objectives" or
# "Code of Conduct" states the practice even where its sentences do not
# repeat the words.
stated contains name if {
	some name, practice in practices
	some concept in practice.concepts
	some d in corpus.governing_documents
	some s in d.statements
	countable(s)
	vocab.mentions(s.norm, concept)
}

# A document about the topic counts even when its text sits under a Purpose
# or Scope heading, as long as it is more than a title.
stated contains name if {
	some topic, name in topic_practices
	some d in corpus.governing_documents
	topic in topics.of(d)
	count(d.statements) >= 5
}

# Objectives are what an "Objectives" section states, so for them a
# sentence under such a heading counts too. The concept's patterns name the
# organization's objectives ("sets objectives for availability"), not the
# purpose of a policy ("the objective of this policy is").
stated contains "objectives" if {
	some d in corpus.governing_documents
	some s in d.statements
	s.source != "heading"
	vocab.mentions(s.norm, "objectives")
}

countable(s) if doc.body(s)

countable(s) if s.source == "heading"

deny contains violation if {
	count(corpus.governing_documents) > 0

	some name, practice in practices
	not name in stated

	violation := object.union(
		result.fail_corpus(
			sprintf("No document requires %s.", [practice.en]),
			sprintf("Ningún documento exige %s.", [practice.es]),
		),
		{"criteria": [practice.criterion]},
	)
}
