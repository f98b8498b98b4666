# METADATA
# title: Roles given duties are defined
# description: >
#   When a policy gives a duty to a named role ("the Data Protection Officer
#   must...", "el Responsable de Seguridad revisa..."), some document must
#   define that role: in a roles and responsibilities or governance section,
#   a definitions section, a table, a heading or a document owner field.
#   An undefined role leaves the duty without an accountable person, which
#   auditors test under CC1.3. Only capitalized role names ending in a role
#   word (Officer, Manager, Committee, Responsable...) are read, to keep
#   false alarms low.
# custom:
#   id: consistency-undefined-roles
#   title_es: Los roles con obligaciones están definidos
#   criteria: [CC1.3]
#   severity: warning
#   remediation:
#     en: Define the role in the roles and responsibilities section of the information security policy or an organization document, naming who holds it and what it is accountable for, or use the name of a role that is defined.
#     es: Defina el rol en la sección de roles y responsabilidades de la política de seguridad o en un documento de organización, indicando quién lo ocupa y de qué responde, o use el nombre de un rol ya definido.
#   mappings:
#     iso27001: [A.5.2]
#     nist_csf: [GV.RR-02]
package soc2lint.corpus.consistency_roles

import data.soc2lint.lib.corpus
import data.soc2lint.lib.text

# Role names in English: up to four capitalized words ending in a role noun,
# after "the" and before a verb of duty.
english_role := `\b(?:the|The)\s+((?:[A-Z][A-Za-z&-]+\s+){0,4}(?:Officer|Manager|Director|Lead|Owner|Administrator|Committee|Board|Team|Head|Coordinator|Counsel|Custodian|Steward|Controller|Council|Commander))\s+(?:must|shall|will|is responsible|are responsible|approves|owns|reviews|maintains|decides|ensures)\b`

# Role names in Spanish: a role noun followed by capitalized words, after the
# article and before a verb of duty.
spanish_role := `\b(?:el|El|la|La)\s+((?:Responsable|Director|Directora|Jefe|Jefa|Delegado|Delegada|Comité|Coordinador|Coordinadora|Oficial)(?:\s+(?:de|del|de la))?(?:\s+[A-ZÁÉÍÓÚ][\wáéíóúñ]+){1,4})\s+(?:debe|deberá|es responsable|aprueba|revisa|mantiene|decide|garantiza)\b`

# Sections whose statements define roles.
defining_section := `roles|responsibilit|governance|organi[sz]ation|oversight|definitions|glossary|responsabilidades|gobierno|organizacion|definiciones|glosario`

# assigned holds each role given a duty, with where it is first used.
assigned contains [role, d.file, s.line] if {
	some d in corpus.governing_documents
	some s in d.statements
	s.source != "heading"
	some pattern in [english_role, spanish_role]
	some match in regex.find_all_string_submatch_n(pattern, s.text, -1)
	role := match[1]
}

# defining_text holds the folded text of every place that can define a role.
defining_text contains s.norm if {
	some d in input.documents
	some s in d.statements
	defines(s)
}

defining_text contains text.fold(value) if {
	some d in input.documents
	some value in [d.metadata.owner, d.metadata.approved_by, d.title]
	is_string(value)
}

defines(s) if s.source in {"heading", "table_row"}

defines(s) if {
	some title in s.section_path
	regex.match(defining_section, title)
}

defined(role) if {
	some t in defining_text
	contains(t, text.fold(role))
}

undefined := {role | some [role, _, _] in assigned; not defined(role)}

deny contains violation if {
	some role in undefined
	uses := sort([[file, line] | some [r, file, line] in assigned; r == role])
	[file, line] := uses[0]

	violation := result_for(role, file, line, count(uses))
}

result_for(role, file, line, n) := data.soc2lint.lib.result.fail_corpus(
	sprintf("The role %q is given duties (first at %s:%d, %d place(s) in all) but no document defines it.", [role, file, line, n]),
	sprintf("El rol %q tiene obligaciones asignadas (la primera en %s:%d, %d lugar(es) en total) pero ningún documento lo define.", [role, file, line, n]),
)
