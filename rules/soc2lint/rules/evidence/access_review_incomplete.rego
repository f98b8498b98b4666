# METADATA
# title: Access review rows with a reviewer and a decision
# description: >
#   Each row of an access review must name who reviewed the access and what
#   they decided (keep, revoke or modify). A row without either is not
#   evidence that anyone looked at that access.
# custom:
#   id: evidence-access-review-incomplete
#   title_es: Filas de revisión de accesos con revisor y decisión
#   criteria: [CC6.3]
#   severity: error
#   remediation:
#     en: Complete the reviewer and the decision of each row in the review tool and export it again.
#     es: Complete el revisor y la decisión de cada fila en la herramienta de revisión y expórtela de nuevo.
#   mappings:
#     iso27001: [A.5.18]
#     nist_csf: [PR.AA-05]
package soc2lint.rules.evidence.access_review_incomplete

import data.soc2lint.lib.evidence as ev

missing contains ["reviewer", "revisor"] if input.evidence.columns.reviewer

missing contains ["decision", "decisión"] if input.evidence.columns.decision

deny contains violation if {
	ev.of_type("access_review")
	some record in ev.records
	some pair in missing
	not record.fields[pair[0]]
	user := object.get(record.fields, "user", "?")

	violation := ev.row_fail(
		sprintf("The review of %s at %s has no %s.", [user, ev.where(record), pair[0]]),
		sprintf("La revisión de %s en %s no tiene %s.", [user, ev.donde(record), pair[1]]),
		record,
	)
}
