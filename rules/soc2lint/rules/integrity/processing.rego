# METADATA
# title: Processing integrity controls
# description: >
#   A processing integrity policy must cover the five processing integrity
#   criteria: definitions of the data and processing (PI1.1), input
#   completeness and accuracy checks (PI1.2), detection and correction of
#   processing errors (PI1.3), review or reconciliation of outputs (PI1.4)
#   and protected storage of inputs and outputs (PI1.5).
# custom:
#   id: integrity-processing-controls
#   title_es: Controles de integridad del procesamiento
#   criteria: [PI1.1, PI1.2, PI1.3, PI1.4, PI1.5]
#   severity: error
#   remediation:
#     en: >
#       Describe, for the in-scope processing, where inputs, processing and
#       outputs are specified, how inputs are validated, how processing errors
#       are detected and corrected, how outputs are reviewed or reconciled,
#       and how inputs and outputs are stored and protected.
#     es: >
#       Describa, para el procesamiento incluido en el alcance, dónde se
#       especifican entradas, procesos y salidas, cómo se validan las
#       entradas, cómo se detectan y corrigen los errores de procesamiento,
#       cómo se revisan o concilian las salidas y cómo se almacenan y protegen
#       entradas y salidas.
#   mappings:
#     iso27001: [A.8.26, A.8.13, A.8.16]
#     nist_csf: [PR.DS-01, DE.CM-09]
package soc2lint.rules.integrity.processing

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

# elements maps each criterion to the concepts that state it, and to what is
# missing in each language.
elements := {
	"PI1.1": {"concepts": ["processing_spec"], "en": "definitions of inputs, processing and outputs", "es": "definiciones de entradas, procesos y salidas"},
	"PI1.2": {"concepts": ["input_validation"], "en": "input completeness and accuracy checks", "es": "comprobaciones de integridad y exactitud de las entradas"},
	"PI1.3": {"concepts": ["processing_monitoring"], "en": "detection and correction of processing errors", "es": "detección y corrección de errores de procesamiento"},
	"PI1.4": {"concepts": ["output_review"], "en": "review or reconciliation of outputs", "es": "revisión o conciliación de las salidas"},
	"PI1.5": {"concepts": ["io_storage", "backup", "retention"], "en": "storage and protection of inputs and outputs", "es": "almacenamiento y protección de entradas y salidas"},
}

stated contains criterion if {
	some criterion, element in elements
	some concept in element.concepts
	some s in input.statements
	vocab.mentions(s.norm, concept)
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("processing_integrity")
	count([s | some s in input.statements; doc.body(s)]) >= 3

	some criterion, element in elements
	not criterion in stated

	violation := object.union(
		result.fail_file(
			sprintf("The processing integrity policy does not cover %s.", [element.en]),
			sprintf("La política de integridad del procesamiento no trata %s.", [element.es]),
		),
		{"criteria": [criterion]},
	)
}
