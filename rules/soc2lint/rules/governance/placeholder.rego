# METADATA
# title: No leftover template placeholders
# description: >
#   Placeholders such as [COMPANY NAME], {{companyName}}, <insert date> or
#   TBD show that a template was adopted without being completed. An auditor
#   reads such a policy as not yet in force for the organization.
# custom:
#   id: governance-placeholder
#   title_es: Sin marcadores de plantilla pendientes
#   criteria: [CC5.3]
#   severity: error
#   remediation:
#     en: Replace every placeholder with the organization's actual value, or delete the passage if it does not apply.
#     es: Sustituya cada marcador por el valor real de la organización, o elimine el pasaje si no aplica.
#   mappings:
#     iso27001: [A.5.1]
#     nist_csf: [GV.PO-01]
package soc2lint.rules.governance.placeholder

import data.soc2lint.lib.doc
import data.soc2lint.lib.result

# kinds maps a placeholder kind to its pattern over the statement text as
# written (case matters for TODO, which is an ordinary word in Spanish).
kinds := {
	# [COMPANY NAME], [Company Name], [Role Title, e.g., IT Manager],
	# [NOMBRE DE LA EMPRESA]; see bracket_placeholder for what is excluded.
	"bracketed text": `\[[^\[\]]{2,80}\]`,
	"angle-bracket text": `(?i)<\s*(insert|insertar|enter|add|your|company|organi[sz]ation|name|nombre|empresa|date|fecha|owner|role|cargo)[^<>]{0,60}>`,
	"template variable": `\{\{[^{}]{1,80}\}\}`,
	"TBD/TBC": `\b(TBD|TBC|tbd|tbc|T\.B\.D\.)\b`,
	"TODO": `\b(TODO|FIXME)\b`,
	"XXX": `(?i)\bx{3,}\b`,
	"lorem ipsum": `(?i)\blorem ipsum\b`,
	"por definir": `(?i)\b(por definir|pendientes? de (definir|determinar)|a definir|por determinar)\b`,
}

# Bracketed text is a placeholder when it is in capitals, or contains a word
# that templates use for blanks; "[1]" citations and "[x]" checkboxes are
# not.
bracket_placeholder(found) if {
	inner := trim(found, "[]")
	regex.match(`^[A-Z][A-Z0-9 _/&.,'()-]+$`, inner)
	regex.match(`[A-Z]{2}`, inner)
}

bracket_placeholder(found) if {
	regex.match(`(?i)\b(name|company|organi[sz]ation|date|role|title|insert|enter|your|placeholder|owner|address|e-?mail|phone|number|url|department|team|vendor|product|amount|e\.g\.|nombre|empresa|organizacion|fecha|cargo|insertar|responsable|departamento)\b`, found)
	not regex.match(`^\[\d`, found)
}

occurrence(kind, _) if kind != "bracketed text"

occurrence("bracketed text", found) if bracket_placeholder(found)

# hits is, per placeholder kind, every occurrence in document order as
# [statement, matched text].
hits[kind] := [[s, found] |
	some s in input.statements
	some found in regex.find_n(kinds[kind], s.text, -1)
	occurrence(kind, found)
] if {
	some kind, _ in kinds
}

deny contains violation if {
	doc.governing(input)
	some kind, list in hits
	count(list) > 0
	[first, found] := list[0]

	violation := result.fail(
		sprintf("Unfinished template: %d placeholder(s) of the form %s, first %q.", [count(list), kind, found]),
		sprintf("Plantilla sin completar: %d marcador(es) del tipo %s, el primero %q.", [count(list), kind_es[kind], found]),
		first,
	)
}

kind_es := {
	"bracketed text": "texto entre corchetes",
	"angle-bracket text": "texto entre ángulos",
	"template variable": "variable de plantilla",
	"TBD/TBC": "TBD/TBC",
	"TODO": "TODO",
	"XXX": "XXX",
	"lorem ipsum": "lorem ipsum",
	"por definir": "por definir",
}
