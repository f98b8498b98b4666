# METADATA
# title: Changes approved by someone else before deployment
# description: >
#   Each change in a change export must name an approver who is not its
#   author, and be approved before it was deployed. Emergency changes (an
#   emergency column set, or a type such as "emergency" or "hotfix") may be
#   approved after deployment, as retrospective review, but still need an
#   independent approver.
# custom:
#   id: evidence-change-approval
#   title_es: Cambios aprobados por otra persona antes del despliegue
#   criteria: [CC8.1]
#   severity: error
#   remediation:
#     en: Require an approving review from someone other than the author before the deployment pipeline runs, and record retrospective approval of emergency changes.
#     es: Exija una aprobación de alguien distinto del autor antes de que se ejecute el despliegue, y registre la aprobación posterior de los cambios de emergencia.
#   mappings:
#     iso27001: [A.8.32]
#     nist_csf: [PR.PS-01]
package soc2lint.rules.evidence.change_approval

import data.soc2lint.lib.evidence as ev

emergency(record) if record.fields.emergency == true

emergency(record) if regex.match(`emergen|urgen|hot ?fix|expedit|break ?glass`, lower(object.get(record.fields, "change_type", "")))

id(record) := record.fields.id if record.fields.id

else := "(no id)"

deny contains violation if {
	ev.of_type("change")
	some record in ev.records
	not record.fields.approver

	violation := ev.row_fail(
		sprintf("Change %s at %s has no approver.", [id(record), ev.where(record)]),
		sprintf("El cambio %s en %s no tiene aprobador.", [id(record), ev.donde(record)]),
		record,
	)
}

deny contains violation if {
	ev.of_type("change")
	some record in ev.records
	ev.same_person(record.fields.approver, record.fields.author)

	violation := ev.row_fail(
		sprintf("Change %s at %s was approved by its own author, %s.", [id(record), ev.where(record), record.fields.author]),
		sprintf("El cambio %s en %s lo aprobó su propio autor, %s.", [id(record), ev.donde(record), record.fields.author]),
		record,
	)
}

deny contains violation if {
	ev.of_type("change")
	some record in ev.records
	not emergency(record)
	ev.ns(record.fields.approved_at) > ev.ns(record.fields.deployed_at)

	violation := ev.row_fail(
		sprintf("Change %s at %s was deployed at %s, before it was approved at %s.", [id(record), ev.where(record), record.fields.deployed_at, record.fields.approved_at]),
		sprintf("El cambio %s en %s se desplegó el %s, antes de aprobarse el %s.", [id(record), ev.donde(record), record.fields.deployed_at, record.fields.approved_at]),
		record,
	)
}
