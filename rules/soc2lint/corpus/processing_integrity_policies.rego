# METADATA
# title: Processing integrity policy present
# description: >
#   When Processing Integrity is in scope, the repository must hold a
#   processing integrity policy, or other governing documents must state each
#   processing integrity control. A document about the topic is checked in
#   detail by integrity-processing-controls, so this rule reports only when
#   there is none.
# custom:
#   id: corpus-processing-integrity
#   title_es: Política de integridad del procesamiento presente
#   criteria: [PI1.1, PI1.2, PI1.3, PI1.4, PI1.5]
#   severity: error
#   remediation:
#     en: Add a processing integrity policy covering specifications, input validation, error handling, output reconciliation and storage of inputs and outputs.
#     es: Añada una política de integridad del procesamiento que trate especificaciones, validación de entradas, gestión de errores, conciliación de salidas y almacenamiento de entradas y salidas.
#   mappings:
#     iso27001: [A.8.26]
#     nist_csf: [PR.DS-01]
package soc2lint.corpus.processing_integrity_policies

import data.soc2lint.lib.corpus
import data.soc2lint.lib.result

# elements maps each criterion to the concept that states it and to what is
# missing in each language.
elements := {
	"PI1.1": {"concept": "processing_spec", "en": "definitions of inputs, processing and outputs", "es": "definiciones de entradas, procesos y salidas"},
	"PI1.2": {"concept": "input_validation", "en": "input completeness and accuracy checks", "es": "comprobaciones de integridad y exactitud de las entradas"},
	"PI1.3": {"concept": "processing_monitoring", "en": "detection and correction of processing errors", "es": "detección y corrección de errores de procesamiento"},
	"PI1.4": {"concept": "output_review", "en": "review or reconciliation of outputs", "es": "revisión o conciliación de las salidas"},
	"PI1.5": {"concept": "io_storage", "en": "storage and protection of inputs and outputs", "es": "almacenamiento y protección de entradas y salidas"},
}

deny contains violation if {
	not corpus.has_topic("processing_integrity")

	some criterion, element in elements
	not corpus.substantive(element.concept, 1)

	violation := object.union(
		result.fail_corpus(
			sprintf("No processing integrity policy with content found, and no document requires %s.", [element.en]),
			sprintf("No se encontró una política de integridad del procesamiento con contenido y ningún documento exige %s.", [element.es]),
		),
		{"criteria": [criterion]},
	)
}
