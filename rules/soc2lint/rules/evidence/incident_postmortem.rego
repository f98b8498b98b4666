# METADATA
# title: Incidents closed with a post-mortem
# description: >
#   In an incident export, every closed incident that is not of low or
#   informational severity needs a post-mortem (a link, a date or a
#   reference in the post-mortem column) once 14 days have passed since it
#   closed. A critical or high incident still open 30 days after it was
#   opened is listed as not resolved.
# custom:
#   id: evidence-incident-postmortem
#   title_es: Incidentes cerrados con análisis posterior
#   criteria: [CC7.4, CC7.5]
#   severity: error
#   remediation:
#     en: Hold the post-incident review, link its record in the incident tracker, and track its actions to closure.
#     es: Realice la revisión posterior al incidente, enlace su registro en la herramienta de incidentes y haga seguimiento de sus acciones hasta cerrarlas.
#   mappings:
#     iso27001: [A.5.26, A.5.27]
#     nist_csf: [RS.MA-01, ID.IM-03]
package soc2lint.rules.evidence.incident_postmortem

import data.soc2lint.lib.evidence as ev

grace_days := 14

open_limit_days := 30

none := `^(|n/?a|none|no|pending|tbd|todo|-|ninguno|pendiente|no aplica)$`

id(record) := record.fields.id if record.fields.id

else := "(no id)"

has_postmortem(record) if not regex.match(none, lower(trim_space(object.get(record.fields, "postmortem", ""))))

deny contains violation if {
	ev.of_type("incident")
	some record in ev.records
	not record.fields.severity in {"low", "info"}
	ev.days_to_as_of(record.fields.closed) > grace_days
	not has_postmortem(record)

	violation := object.union(ev.row_fail(
		sprintf("Incident %s at %s closed on %s has no post-mortem.", [id(record), ev.where(record), ev.day(record.fields.closed)]),
		sprintf("El incidente %s en %s, cerrado el %s, no tiene análisis posterior.", [id(record), ev.donde(record), ev.day(record.fields.closed)]),
		record,
	), {"criteria": ["CC7.5"]})
}

deny contains violation if {
	ev.of_type("incident")
	some record in ev.records
	record.fields.severity in {"critical", "high"}
	not record.fields.closed
	not regex.match(`clos|resolv|cerrad|resuelt`, lower(object.get(record.fields, "status", "")))
	days := ev.days_to_as_of(record.fields.opened)
	days > open_limit_days

	violation := object.union(ev.row_fail(
		sprintf("%s incident %s at %s has been open since %s, %d days by %s.", [record.fields.severity, id(record), ev.where(record), ev.day(record.fields.opened), days, data.soc2lint.run.as_of]),
		sprintf("El incidente %s de severidad %s en %s está abierto desde el %s, %d días al %s.", [id(record), record.fields.severity, ev.donde(record), ev.day(record.fields.opened), days, data.soc2lint.run.as_of]),
		record,
	), {"criteria": ["CC7.4"]})
}
