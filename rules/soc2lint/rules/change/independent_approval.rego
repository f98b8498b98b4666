# METADATA
# title: Changes approved by someone other than the author
# description: >
#   Every production change must be approved by a person other than its
#   author. A policy that lets authors approve or merge their own changes,
#   even "minor" ones, fails the segregation of duties auditors test under
#   CC8.1.
# custom:
#   id: change-independent-approval
#   title_es: Cambios aprobados por alguien distinto del autor
#   criteria: [CC8.1]
#   severity: error
#   remediation:
#     en: Require approval by a reviewer other than the author for every change to production, with no self-approval path for minor or low-risk changes.
#     es: Exija la aprobación de un revisor distinto del autor para todo cambio en producción, sin vía de autoaprobación para cambios menores o de bajo riesgo.
#   mappings:
#     iso27001: [A.8.32, A.5.3]
#     nist_csf: [PR.PS-01]
package soc2lint.rules.change.independent_approval

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics

# Statements that let an author approve or merge their own change. A
# prohibition ("authors must not approve their own changes") is not one.
self_approvals := [s |
	some s in doc.about(input, "self_approval")
	not prohibits(s)
]

prohibits(s) if regex.match(`\b(not|never|cannot|can't|nobody|no one|no person|no (puede|pueden|podra|debe|deben)|nunca|nadie|prohibid\w*)\b[^.;]{0,60}(approv|merg|deploy|aprob|fusion|despleg)`, s.norm)

prohibits(s) if regex.match(`(approv|merg|aprob)\w* (their|his or her|his|her|sus?) own[^.;]{0,40}\b(is|are) (not permitted|prohibited|forbidden|not allowed)`, s.norm)

deny contains violation if {
	doc.governing(input)
	topics.about("change_management")
	some s in self_approvals

	violation := result.fail(
		sprintf("Authors may approve or merge their own changes, so approval is not independent: %s", [doc.quote(s)]),
		sprintf("Los autores pueden aprobar o fusionar sus propios cambios, por lo que la aprobación no es independiente: %s", [doc.quote(s)]),
		s,
	)
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("change_management")
	count(self_approvals) == 0
	count(doc.about(input, "independent_approval")) == 0

	violation := result.fail_file(
		"The change management policy does not require approval by someone other than the author.",
		"La política de gestión de cambios no exige la aprobación de alguien distinto del autor.",
	)
}
