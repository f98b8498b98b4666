# METADATA
# title: Document approval current
# description: >
#   Policies must be reviewed and re-approved at least every 12 months. An
#   approval older than that, or a stated next-review date that has passed,
#   tells an auditor the policy may no longer reflect practice.
# custom:
#   id: governance-review-overdue
#   title_es: Aprobación del documento vigente
#   criteria: [CC5.3]
#   severity: error
#   remediation:
#     en: >
#       Review the document with its owner, record the new approval in
#       `approved_on` and set `next_review` no more than 12 months later.
#     es: >
#       Revise el documento con su propietario, registre la nueva aprobación
#       en `approved_on` y fije `next_review` a no más de 12 meses.
#   mappings:
#     iso27001: [A.5.1]
#     nist_csf: [GV.PO-02]
package soc2lint.rules.governance.review_overdue

import data.soc2lint.lib.dates
import data.soc2lint.lib.doc
import data.soc2lint.lib.result

# An approval is stale when it is strictly earlier than the reference date
# minus 12 months: for a reference date of 2026-11-30, an approval on
# 2025-11-30 is still current and one on 2025-11-29 is stale.
deny contains violation if {
	doc.governing(input)
	approved := input.metadata.approved_on
	dates.before_as_of(approved, -1, 0, 0)
	not reviewed_within_a_year

	violation := result.fail(
		sprintf("The last approval (%s) is more than 12 months before %s: the document is due for review and re-approval.", [approved, data.soc2lint.run.as_of]),
		sprintf("La última aprobación (%s) es de hace más de 12 meses respecto a %s: el documento debe revisarse y aprobarse de nuevo.", [approved, data.soc2lint.run.as_of]),
		input.metadata,
	)
}

# A later review recorded apart from the approval keeps the document current.
reviewed_within_a_year if {
	reviewed := input.metadata.last_reviewed
	dates.parse_ns(reviewed)
	not dates.before_as_of(reviewed, -1, 0, 0)
}

deny contains violation if {
	doc.governing(input)
	next_review := input.metadata.next_review
	dates.before_as_of(next_review, 0, 0, 0)

	violation := result.fail(
		sprintf("The next review date (%s) has passed as of %s.", [next_review, data.soc2lint.run.as_of]),
		sprintf("La fecha de próxima revisión (%s) ya pasó a %s.", [next_review, data.soc2lint.run.as_of]),
		input.metadata,
	)
}
