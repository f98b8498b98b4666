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

# Sections whose statements are context rather than requirements. A
# numbered title ("3. Overview", "1.2 Scope") counts too.
context_section := `^(\d+(\.\d+)*\.?\s+)?(purpose|scope|introduction|overview|background|objectives?|definitions|glossary|references|revision history|version history|document control|proposito|objeto|alcance|introduccion|antecedentes|objetivos?|definiciones|glosario|referencias|historial)\b`

# in_context_section is true when statement sits under a purpose, scope,
# definitions or similar section.
in_context_section(statement) if {
	some title in statement.section_path
	regex.match(context_section, title)
}

# body is true for statements that can state a requirement: not a heading,
# not a paragraph that only names a topic the way a heading does, and not in
# a context section.
body(statement) if {
	statement.source != "heading"
	not title_like(statement)
	not in_context_section(statement)
}

# title_like is true for a paragraph written like a heading: at most 12
# words, no obligation word, no closing punctuation, and every word of four
# letters or more capitalized ("*Regular Reviews of Risk Assessment*" on a
# line of its own). Markdown that emphasizes a line instead of making it a
# heading produces such paragraphs; they name a topic and state nothing.
title_like(statement) if {
	statement.source == "paragraph"
	statement.modality == ""
	regex.match(`\p{Ll}`, statement.text)
	words := regex.split(`\s+`, trim_space(statement.text))
	count(words) >= 2
	count(words) <= 12
	not regex.match(`[.:;!?,]$`, trim_space(statement.text))
	every word in words {
		not lowercase_long_word(word)
	}
}

lowercase_long_word(word) if regex.match(`^[a-z\p{Ll}][\p{L}'-]{3,}$`, word)

# duty_row is true for a row of a roles-and-responsibilities table, such as
# "Role: System Administrator; Responsibility: applies patches as required".
# It assigns a duty to a role; how often the duty recurs is stated, if
# anywhere, by the requirement the duty serves.
duty_row(statement) if {
	statement.source == "table_row"
	regex.match(duty_header, statement.norm)
}

duty_header := `(^|; )(roles?|responsibilit(y|ies)|duties|raci|rol(es)?|responsabilidad(es)?|funciones)( (and|&|y) (responsibilit(y|ies)|responsabilidades))?: `

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

# follow_ups returns the statements that continue a statement about
# concept: the next statement of the same section when it refers back with
# a demonstrative or pronoun ("The risk register is updated for new risks.
# At a minimum, this review is conducted once per year."). A frequency in a
# follow-up belongs to the activity of the statement before it.
follow_ups(doc, concept) := [next |
	some i, s in doc.statements
	body(s)
	vocab.mentions(s.norm, concept)
	next := doc.statements[i + 1]
	next.section == s.section
	body(next)
	regex.match(back_reference, next.norm)
]

back_reference := `\b(this|these|such|it|they|esta|este|estas|estos|dicha|dicho|dichas|dichos)\b`

# vague_words returns the vague frequency words of the statement.
vague_words(statement) := words if {
	from_annotator := {w | some w in statement.vague}
	from_vocab := {m |
		some pattern in vocab.patterns.vague
		some m in regex.find_n(pattern, statement.norm, -1)
	}
	words := from_annotator | from_vocab
}

# conditional(word) is true for a vague word that states a condition
# ("as needed", "when necessary", "según sea necesario") rather than a
# recurrence ("periodically", "regularly").
conditional(word) if regex.match(`^(as |if |when|whenever |segun |cuando )`, word)

# vague_words_for returns the vague words of statement that qualify the
# activity that concept names. A word of recurrence always does. A
# conditional word does only when it follows a mention of the activity
# within five words of the same clause: "backups are performed as needed"
# leaves the schedule open, while "As necessary, take a snapshot" or
# "analyzed by the team, with IT as needed" say when a step applies or who
# takes part.
vague_words_for(statement, concept) := {word |
	some word in vague_words(statement)
	qualifies(statement, concept, word)
}

qualifies(_, _, word) if not conditional(word)

qualifies(statement, concept, word) if {
	conditional(word)
	regex.match(`^[a-z' ]+$`, word)
	some pattern in vocab.patterns[concept]
	regex.match(sprintf(`(%s)\w*( [^ ,;:.()]+){0,5} %s\b`, [pattern, word]), statement.norm)
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
