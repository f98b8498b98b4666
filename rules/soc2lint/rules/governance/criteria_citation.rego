# METADATA
# title: Cited criteria exist
# description: >
#   A policy that maps itself to Trust Services Criteria, in its front matter
#   or in a mapping table, must cite criteria that exist. An id such as CC9.9
#   or CC9.3 is a typo or a leftover from another framework, and an auditor
#   who follows the mapping finds nothing behind it.
# custom:
#   id: governance-criteria-citation
#   title_es: Los criterios citados existen
#   criteria: [CC5.3]
#   severity: warning
#   remediation:
#     en: Correct the criterion id to one of the 2017 Trust Services Criteria (run `soc2lint criteria` for the list), or remove it.
#     es: Corrija el identificador a uno de los Trust Services Criteria de 2017 (ejecute `soc2lint criteria` para ver la lista) o elimínelo.
#   mappings:
#     iso27001: [A.5.1]
#     nist_csf: [GV.PO-01]
package soc2lint.rules.governance.criteria_citation

import data.soc2lint.lib.doc
import data.soc2lint.lib.result

# CC ids are distinctive enough to check anywhere; A, C, P and PI ids also
# name appendices, sections and part numbers, so they are checked only in
# statements that speak of SOC 2 criteria.
common_criterion := `\bCC\d{1,2}\.\d{1,2}\b`

any_criterion := `\b(CC|PI|A|C|P)\d{1,2}\.\d{1,2}\b`

soc2_context := `(?i)\b(soc ?2|tsc|trust services?|criteri[ao]n?|criterios?)\b`

known(id) if data.soc2lint.criteria[id]

# cited holds, per unknown id, the statements that cite it in document order.
cited[id] := [s |
	some s in input.statements
	some found in ids_in(s)
	found == id
] if {
	some s in input.statements
	some id in ids_in(s)
	not known(id)
}

ids_in(s) := {id | some id in regex.find_n(common_criterion, s.text, -1)} if {
	not regex.match(soc2_context, s.text)
}

ids_in(s) := {id | some id in regex.find_n(any_criterion, s.text, -1)} if {
	regex.match(soc2_context, s.text)
}

deny contains violation if {
	doc.governing(input)
	some id in input.metadata.criteria
	not known(id)

	violation := result.fail(
		sprintf("The front matter cites %s, which is not a Trust Services Criterion.", [id]),
		sprintf("Los metadatos citan %s, que no es un Trust Services Criterion.", [id]),
		input.metadata,
	)
}

deny contains violation if {
	doc.governing(input)
	some id, statements in cited
	not id in {c | some c in input.metadata.criteria}
	first := statements[0]

	violation := result.fail(
		sprintf("The text cites %s, which is not a Trust Services Criterion (%d mention(s)): %s", [id, count(statements), doc.quote(first)]),
		sprintf("El texto cita %s, que no es un Trust Services Criterion (%d mención(es)): %s", [id, count(statements), doc.quote(first)]),
		first,
	)
}
