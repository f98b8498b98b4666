# METADATA
# title: Control activities with a concrete frequency
# description: >
#   A control that must recur (reviews, tests, scans, backups, training) needs
#   a stated frequency. "Periodically" or "as needed" cannot be tested by an
#   auditor, and a requirement written as "should" is a recommendation, not
#   a control.
# custom:
#   id: vague-obligation
#   title_es: Actividades de control con frecuencia concreta
#   criteria: [CC5.3, CC6.1, CC7.1, CC7.2, CC4.1, A1.1, A1.2, A1.3]
#   severity: warning
#   remediation:
#     en: >
#       State how often the activity happens ("quarterly", "at least every
#       12 months") and write requirements with "must" or "shall".
#     es: >
#       Indique con qué frecuencia se realiza la actividad ("trimestralmente",
#       "al menos cada 12 meses") y redacte los requisitos con "debe".
#   mappings:
#     iso27001: [A.5.1, A.5.36]
#     nist_csf: [GV.PO-01]
package soc2lint.rules.governance.vague_obligation

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.vocab

# activities maps a vocab concept naming a recurring control activity to the
# criterion a missing frequency counts against. Access reviews, the risk
# assessment, training and vendor reassessment have their own rules
# (access-review-frequency, risk-assessment-frequency, training-frequency,
# vendor-reassessment) and are left to them.
activities := {
	"policy_review": {"criterion": "CC5.3", "en": "policy review", "es": "revisión de la política"},
	"key_rotation": {"criterion": "CC6.1", "en": "credential rotation", "es": "rotación de credenciales"},
	"vulnerability_scan": {"criterion": "CC7.1", "en": "vulnerability scanning or patching", "es": "escaneo de vulnerabilidades o parcheo"},
	"log_review": {"criterion": "CC7.2", "en": "log review", "es": "revisión de registros"},
	"internal_audit": {"criterion": "CC4.1", "en": "control testing or internal audit", "es": "prueba de controles o auditoría interna"},
	"capacity_review": {"criterion": "A1.1", "en": "capacity review", "es": "revisión de capacidad"},
	"backup_activity": {"criterion": "A1.2", "en": "backups", "es": "copias de seguridad"},
	"recovery_test": {"criterion": "A1.3", "en": "restore or recovery testing", "es": "pruebas de restauración o recuperación"},
}

# Titles of sections that state the rules of a policy, where a "should" is
# a defect. Only the innermost heading is compared, because the document
# title ("Backup Policy") encloses every section.
requirement_section := `^(\d+(\.\d+)*\.?\s*)?(the )?(policy|policy statements?|policy requirements|requirements|standards?|controls|politica|declaracion de (la )?politica|requisitos|normas|controles)$`

# activities_of returns the concepts of activities that statement names. A
# sentence may name two ("patches are applied and backups are taken"), and
# each gets its own finding.
activities_of(statement) := {concept |
	some concept, _ in activities
	vocab.mentions(statement.norm, concept)
}

# A vague word counts when it qualifies the activity itself, outside a
# roles-and-responsibilities table: see doc.vague_words_for and doc.duty_row.
deny contains violation if {
	doc.governing(input)
	some s in input.statements
	doc.body(s)
	not doc.duty_row(s)
	count(doc.vague_words(s)) > 0
	not doc.has_frequency(s)
	some concept in activities_of(s)
	words := doc.vague_words_for(s, concept)
	count(words) > 0
	activity := activities[concept]
	word := sort(words)[0]

	violation := object.union(
		result.fail(
			sprintf("%q gives no testable frequency for %s: %s", [word, activity.en, doc.quote(s)]),
			sprintf("%q no da una frecuencia verificable para %s: %s", [word, activity.es, doc.quote(s)]),
			s,
		),
		{"criteria": [activity.criterion]},
	)
}

deny contains violation if {
	doc.governing(input)
	some s in input.statements
	doc.body(s)
	s.modality == "should"
	in_requirement_section(s)
	some concept in activities_of(s)
	activity := activities[concept]

	violation := object.union(
		result.fail(
			sprintf("The %s requirement is written as a recommendation (\"should\"), not an obligation: %s", [activity.en, doc.quote(s)]),
			sprintf("El requisito de %s está redactado como recomendación, no como obligación: %s", [activity.es, doc.quote(s)]),
			s,
		),
		{"criteria": [activity.criterion]},
	)
}

in_requirement_section(statement) if {
	path := statement.section_path
	count(path) > 0
	regex.match(requirement_section, path[count(path) - 1])
}
