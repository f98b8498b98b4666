# METADATA
# title: Stated policy parameters
# description: >
#   Finds the parameters that governing documents state for the controls
#   the evidence rules test: how often, and within how long. Input is the
#   corpus ({"documents": [...]}). A parameter comes from a binding body
#   statement that states a frequency or a deadline and that mentions the
#   concept, or sits in a section whose heading mentions it. When several
#   statements qualify, the strictest (smallest) value wins, because that is
#   the one an auditor holds the evidence to.
package soc2lint.lib.stated

import data.soc2lint.lib.doc
import data.soc2lint.lib.vocab

# about returns [document, statement] pairs of binding body statements of
# governing documents that mention concept in their text or headings.
about(concept) := [[d, s] |
	some d in input.documents
	doc.governing(d)
	some s in d.statements
	doc.body(s)
	doc.binding(s)
	mentions_here(s, concept)
]

mentions_here(s, concept) if vocab.mentions(s.norm, concept)

mentions_here(s, concept) if {
	some title in s.section_path
	vocab.mentions(title, concept)
}

# smallest returns the fact for the smallest value among candidates, each
# [value, file, line, phrase]; arrays sort by their first element first.
smallest(candidates) := {"value": best[0], "file": best[1], "line": best[2], "phrase": best[3]} if {
	count(candidates) > 0
	best := sort(candidates)[0]
}

# largest returns the fact for the largest value among candidates, from the
# first statement that states it.
largest(candidates) := smallest([c |
	top := max([c[0] | some c in candidates])
	some c in candidates
	c[0] == top
])

# frequency_candidates are [days, file, line, phrase] for statements about
# concept with a stated frequency.
frequency_candidates(concept) := [[f.days, d.file, s.line, f.phrase] |
	some pair in about(concept)
	[d, s] := pair
	some f in s.frequencies
]

# duration_candidates are [hours, file, line, phrase] for statements about
# concept with a stated deadline, when the statement also matches the extra
# pattern (use "" for none).
duration_candidates(concept, extra) := [[x.hours, d.file, s.line, x.phrase] |
	some pair in about(concept)
	[d, s] := pair
	regex.match(extra, s.norm)
	some x in s.durations
]

severity_pattern := `\b(critical|high|medium|moderate|low|criticas?|criticos?|altas?|altos?|medias?|medios?|moderadas?|bajas?|bajos?)\b`

severity_names := {
	"critical": "critical", "critica": "critical", "critico": "critical", "criticas": "critical", "criticos": "critical",
	"high": "high", "alta": "high", "alto": "high", "altas": "high", "altos": "high",
	"medium": "medium", "moderate": "medium", "media": "medium", "medio": "medium", "moderada": "medium",
	"medias": "medium", "medios": "medium", "moderadas": "medium",
	"low": "low", "baja": "low", "bajo": "low", "bajas": "low", "bajos": "low",
}

# vulnerability_statements are about("vulnerability_scan") plus statements
# that name vulnerabilities in their text or headings, which the shared
# concept does not cover ("gestion de vulnerabilidades").
vulnerability_statements := array.concat(about("vulnerability_scan"), [[d, s] |
	some d in input.documents
	doc.governing(d)
	some s in d.statements
	doc.body(s)
	doc.binding(s)
	not mentions_here(s, "vulnerability_scan")
	names_vulnerabilities(s)
])

names_vulnerabilities(s) if regex.match(`vulnerab`, s.norm)

names_vulnerabilities(s) if {
	some title in s.section_path
	regex.match(`vulnerab`, title)
}

# severity_deadlines are [severity, days, file, line, phrase] for each
# severity a vulnerability statement names with its deadline. A statement
# naming as many severities as deadlines pairs them in order ("critical
# within 7 days and high within 30 days"); one naming one severity takes its
# first deadline.
severity_deadlines contains [severity_names[words[i]], durations[i].hours / 24, d.file, s.line, durations[i].phrase] if {
	some pair in vulnerability_statements
	[d, s] := pair
	words := regex.find_n(severity_pattern, s.norm, -1)
	durations := s.durations
	count(words) == count(durations)
	count(words) > 0
	some i in numbers.range(0, count(words) - 1)
}

severity_deadlines contains [severity_names[words[0]], s.durations[0].hours / 24, d.file, s.line, s.durations[0].phrase] if {
	some pair in vulnerability_statements
	[d, s] := pair
	words := regex.find_n(severity_pattern, s.norm, -1)
	count(words) == 1
	count(s.durations) > 1
}
