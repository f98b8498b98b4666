# METADATA
# title: Same parameter, same value across policies
# description: >
#   Two governing documents that state the same control parameter with
#   different values contradict each other, and the auditor cannot tell
#   which one the company operates: a breach notification window, the
#   remediation deadline for a vulnerability severity, a minimum password
#   length, an access review frequency or the retention period of one kind
#   of record. The finding names both places; it has no file of its own,
#   because either document may be the one to correct.
# custom:
#   id: consistency-parameters
#   title_es: El mismo parámetro con el mismo valor en todas las políticas
#   criteria: [CC5.3, CC6.1, CC6.3, CC7.1, CC7.4]
#   severity: warning
#   remediation:
#     en: Decide which value applies, correct the other document, and state the value in one policy that the others refer to.
#     es: Decida qué valor rige, corrija el otro documento e indique el valor en una sola política a la que remitan las demás.
#   mappings:
#     iso27001: [A.5.1, A.5.37]
#     nist_csf: [GV.PO-01]
package soc2lint.corpus.consistency_parameters

import data.soc2lint.lib.corpus
import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

# parameters describes each kind of parameter: its criterion and its name in
# each language. A fact's key is the parameter name plus a qualifier, such
# as the severity or the audience, so that only like values are compared.
parameters := {
	"notification": {"criterion": "CC7.4", "en": "breach notification window", "es": "Plazo de notificación de brechas"},
	"vulnerability": {"criterion": "CC7.1", "en": "vulnerability remediation deadline", "es": "Plazo de corrección de vulnerabilidades"},
	"password": {"criterion": "CC6.1", "en": "minimum password length", "es": "Longitud mínima de contraseña"},
	"access_review": {"criterion": "CC6.3", "en": "access review frequency", "es": "Frecuencia de revisión de accesos"},
	"retention": {"criterion": "CC5.3", "en": "retention period", "es": "Plazo de conservación"},
}

# Only policies, plans and standards are compared: a procedure describes one
# task or one system, and its values may rightly differ from the policy's.
statements := [[d, s] |
	some d in corpus.governing_documents
	doc.covers_topic(d)
	some s in d.statements
	doc.body(s)
]

# single_duration is the one deadline a statement states; statements with
# several ("24 hours for customers, 72 hours for regulators") are skipped.
single_duration(s) := s.durations[0] if count(s.durations) == 1

# Breach notification windows, by audience. Vendor duties to notify the
# company are a different parameter and are left out.
facts contains fact if {
	some [d, s] in statements
	vocab.mentions(s.norm, "notify")
	vocab.mentions(s.norm, "breach_word")
	not vocab.mentions(s.norm, "vendor")
	audience := notification_audience(s)
	duration := single_duration(s)
	fact := make_fact("notification", audience, duration.hours, duration.phrase, d, s)
}

notification_audience(s) := "regulators" if {
	regex.match(`regulat|authorit|supervisory|autoridad|regulador`, s.norm)
	not regex.match(`customer|client|individual|data subject|interesad|afectad`, s.norm)
}

notification_audience(s) := "customers" if {
	regex.match(`customer|client|individual|data subject|interesad|afectad`, s.norm)
	not regex.match(`regulat|authorit|supervisory|autoridad|regulador`, s.norm)
}

# Remediation deadlines, by the one severity named in the statement.
facts contains fact if {
	some [d, s] in statements
	vulnerability_context(d, s)
	severities := {level | some level in regex.find_n(`\b(critical|high|medium|moderate|low|critica|alta|media|baja)\b`, s.norm, -1)}
	count(severities) == 1
	some severity in severities
	duration := single_duration(s)
	fact := make_fact("vulnerability", severity_name[severity], duration.hours, duration.phrase, d, s)
}

severity_name := {
	"critical": "critical", "critica": "critical", "high": "high", "alta": "high",
	"medium": "medium", "moderate": "medium", "media": "medium", "low": "low", "baja": "low",
}

vulnerability_context(_, s) if regex.match(`vulnerab|patch|\bcve\b|parche`, s.norm)

vulnerability_context(_, s) if {
	some heading in s.section_path
	regex.match(`vulnerab|patch|parche`, heading)
}

vulnerability_context(d, _) if "vulnerability_management" in topics.of(d)

# Minimum password lengths, separately for privileged or service accounts.
facts contains fact if {
	some [d, s] in statements
	regex.match(`password|passphrase|contrasena|clave`, s.norm)
	lengths := {n | some m in regex.find_all_string_submatch_n(`(?:at least|minimum(?: of)?|min\.?|no (?:fewer|less) than|al menos|minimo(?: de)?) (\d+) (?:characters|chars|caracteres)`, s.norm, -1); n := m[1]}
	count(lengths) == 1
	some length in lengths
	fact := make_fact("password", account_class(s), to_number(length), sprintf("%s characters", [length]), d, s)
}

account_class(s) := "privileged" if privileged(s)

account_class(s) := "standard" if not privileged(s)

privileged(s) if vocab.mentions(s.norm, "privileged_scope")

privileged(s) if {
	some heading in s.section_path
	vocab.mentions(heading, "privileged_scope")
}

# Access review frequencies from the annotator. Review cycles rightly differ
# by scope (vendors, one classification level, critical systems), so only
# reviews of all accounts or of privileged access are compared.
facts contains fact if {
	some [d, s] in statements
	vocab.mentions(s.norm, "access_review")
	not vocab.mentions(s.norm, "vendor")
	not vocab.mentions(s.norm, "classification_level")
	not regex.match(`critical|other|specific|certain|criticos|otros`, s.norm)
	days := {f.days | some f in s.frequencies}
	count(days) == 1
	some n in days
	phrase := s.frequencies[0].phrase
	scope := review_scope(s)
	fact := make_fact("access_review", scope, n, phrase, d, s)
}

review_scope(s) := "privileged" if privileged(s)

review_scope(s) := "all accounts" if {
	not privileged(s)
	vocab.mentions(s.norm, "universal_scope")
}

# Retention periods of backups and of one named kind of log.
facts contains fact if {
	some [d, s] in statements
	vocab.mentions(s.norm, "retention")
	records := {r | some r in regex.find_n(`\b(backups|snapshots|(audit|security|access|system|application) logs)\b`, s.norm, -1)}
	count(records) == 1
	some record in records
	duration := single_duration(s)
	fact := make_fact("retention", record_name(record), duration.hours, duration.phrase, d, s)
}

record_name("snapshots") := "backups"

record_name(record) := record if record != "snapshots"

make_fact(parameter, qualifier, value, phrase, d, s) := {
	"parameter": parameter, "qualifier": qualifier, "value": value, "phrase": phrase,
	"file": d.file, "line": s.line,
}

# stated holds, for each parameter, qualifier and file, the fact of the
# file's first statement when every statement of the file gives the same
# value. A file that states several values for one parameter is describing
# different cases the qualifiers do not tell apart, so it is not compared.
stated contains fact if {
	some f in facts
	same := [g | some g in facts; g.parameter == f.parameter; g.qualifier == f.qualifier; g.file == f.file]
	count({g.value | some g in same}) == 1
	f.line == min({g.line | some g in same})
	fact := f
}

# A contradiction pairs two files that state the same parameter and qualifier
# with different values. Files are ordered so each pair is reported once.
deny contains violation if {
	some a in stated
	some b in stated
	a.parameter == b.parameter
	a.qualifier == b.qualifier
	a.file < b.file
	a.value != b.value

	parameter := parameters[a.parameter]
	violation := object.union(
		result.fail_corpus(
			sprintf("Conflicting %s (%s): %s at %s:%d, but %s at %s:%d.", [parameter.en, a.qualifier, a.phrase, a.file, a.line, b.phrase, b.file, b.line]),
			sprintf("%s contradictorio (%s): %s en %s:%d, pero %s en %s:%d.", [parameter.es, qualifier_es(a.qualifier), a.phrase, a.file, a.line, b.phrase, b.file, b.line]),
		),
		{"criteria": [parameter.criterion]},
	)
}

qualifier_es(q) := names[q] if {
	names := {
		"customers": "clientes", "regulators": "autoridades", "critical": "crítica", "high": "alta", "medium": "media", "low": "baja",
		"standard": "cuentas estándar", "privileged": "cuentas privilegiadas", "all accounts": "todas las cuentas", "backups": "copias de seguridad",
	}
}

qualifier_es(q) := q if not q in {"customers", "regulators", "critical", "high", "medium", "low", "standard", "privileged", "all accounts", "backups"}
