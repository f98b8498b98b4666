# METADATA
# title: Changes tested before deployment
# description: >
#   A change export with a tested column must show every change as tested.
#   A change marked not tested reached production without the testing the
#   change management process requires.
# custom:
#   id: evidence-change-testing
#   title_es: Cambios probados antes del despliegue
#   criteria: [CC8.1]
#   severity: error
#   remediation:
#     en: Make passing tests a required check before deployment, and record the test evidence of each change.
#     es: Haga que superar las pruebas sea un control obligatorio antes del despliegue y registre la evidencia de pruebas de cada cambio.
#   mappings:
#     iso27001: [A.8.29, A.8.32]
#     nist_csf: [PR.PS-01]
package soc2lint.rules.evidence.change_testing

import data.soc2lint.lib.evidence as ev

deny contains violation if {
	ev.of_type("change")
	some record in ev.records
	record.fields.tested == false
	id := object.get(record.fields, "id", "(no id)")

	violation := ev.row_fail(
		sprintf("Change %s at %s is marked as not tested (column %q).", [id, ev.where(record), input.evidence.columns.tested]),
		sprintf("El cambio %s en %s figura como no probado (columna %q).", [id, ev.donde(record), input.evidence.columns.tested]),
		record,
	)
}
