# METADATA
# title: Document and statement helpers
# description: >
#   Which documents content rules apply to, and how to read a statement's
#   obligation, frequency and deadline. Functions take the document or
#   statement as an argument so that corpus rules can reuse them.
package soc2lint.lib.doc

import data.soc2lint.lib.vocab

# Kinds that state requirements: content and governance rules read them.
governing_kinds := {"policy", "procedure", "plan", "standard"}

# Kinds expected to cover a topic in full. Procedures describe one task, so
# "the document does not say X" checks skip them.
subject_kinds := {"policy", "plan", "standard"}

governing(doc) if doc.kind in governing_kinds

# covers_topic is true when a "does not say X" check should run on doc.
covers_topic(doc) if {
	doc.kind in subject_kinds
	doc.language in readable_languages
}

# Languages the vocabulary reads. A document in another language (or too
# short to tell) cannot be judged by what it does not say.
readable_languages := {"en", "es"}

# Sections whose statements are context rather than requirements.
context_section := `^(purpose|scope|introduction|overview|background|objectives?|definitions|glossary|references|revision history|version history|document control|proposito|objeto|alcance|introduccion|antecedentes|objetivos?|definiciones|glosario|referencias|historial)\b`

# in_context_section is true when statement sits under a purpose, scope,
# definitions or similar section.
in_context_section(statement) if {
	some title in statement.section_path
	regex.match(context_section, title)
}

# body is true for statements that can state a requirement: not a heading
# and not in a context section.
body(statement) if {
	statement.source != "heading"
	not in_context_section(statement)
}

# weak is true when the statement only recommends or permits, or hedges its
# obligation ("where possible", "strongly encouraged").
weak(statement) if statement.modality in {"should", "may"}

weak(statement) if vocab.mentions(statement.norm, "weak_hedge")

# binding is true when the statement states an obligation or describes
# practice without hedging. Policies often write requirements in the present
# tense ("accounts are disabled"), so an empty modality counts.
binding(statement) if not weak(statement)

negated(statement) if vocab.mentions(statement.norm, "negation")

# has_frequency is true when the statement states a recurring interval.
has_frequency(statement) if count(statement.frequencies) > 0

has_frequency(statement) if vocab.mentions(statement.norm, "frequency")

# max_frequency_days is the longest interval the statement states, or
# undefined when it states none the annotator recognized.
max_frequency_days(statement) := max([f.days | some f in statement.frequencies])

# has_deadline is true when the statement states a time window.
has_deadline(statement) if count(statement.durations) > 0

has_deadline(statement) if vocab.mentions(statement.norm, "deadline")

# vague_words returns the vague frequency words of the statement.
vague_words(statement) := words if {
	from_annotator := {w | some w in statement.vague}
	from_vocab := {m |
		some pattern in vocab.patterns.vague
		some m in regex.find_n(pattern, statement.norm, -1)
	}
	words := from_annotator | from_vocab
}

# about returns the body statements of doc that mention concept, in
# document order.
about(doc, concept) := [s |
	some s in doc.statements
	body(s)
	vocab.mentions(s.norm, concept)
]

# quote returns the statement text, shortened, in double quotes.
quote(statement) := sprintf("%q", [excerpt(statement.text)])

excerpt(s) := data.soc2lint.lib.text.excerpt(s)
