# METADATA
# title: Document control fields present
# description: >
#   A policy, procedure, plan or standard must name its owner and the date it
#   was approved. Auditors test CC5.3 by checking that policies are owned and
#   formally approved by management; an unowned or unapproved document is
#   not evidence of a policy in force.
# custom:
#   id: governance-metadata
#   title_es: Campos de control documental presentes
#   criteria: [CC5.3]
#   severity: error
#   remediation:
#     en: >
#       Add front matter (or a Document Control table) with `owner`,
#       `version`, `approved_by` and `approved_on` (YYYY-MM-DD).
#     es: >
#       Añada metadatos al inicio (o una tabla de control documental) con
#       `owner`, `version`, `approved_by` y `approved_on` (AAAA-MM-DD).
#   mappings:
#     iso27001: [A.5.1, A.5.37]
#     nist_csf: [GV.PO-01]
package soc2lint.rules.governance.metadata

import data.soc2lint.lib.doc
import data.soc2lint.lib.result

# A document with no metadata block at all gets one finding that lists every
# missing field, instead of one finding per field.
deny contains violation if {
	doc.governing(input)
	input.metadata.source == ""

	violation := result.fail_file(
		"No document control information found: owner, version, approver and approval date are all missing. Add front matter or a Document Control table.",
		"No se encontró información de control documental: faltan propietario, versión, aprobador y fecha de aprobación. Añada metadatos o una tabla de control documental.",
	)
}

deny contains violation if {
	doc.governing(input)
	input.metadata.source != ""
	blank(input.metadata.owner)

	violation := result.fail(
		"The document names no owner: add an `owner` field naming the accountable role or person.",
		"El documento no indica propietario: añada un campo `owner` con el rol o la persona responsable.",
		input.metadata,
	)
}

deny contains violation if {
	doc.governing(input)
	input.metadata.source != ""
	blank(input.metadata.approved_on)

	violation := result.fail(
		"The document states no approval date: add `approved_on` with the date management last approved it.",
		"El documento no indica fecha de aprobación: añada `approved_on` con la fecha de la última aprobación de la dirección.",
		input.metadata,
	)
}

blank(value) if trim_space(value) == ""
