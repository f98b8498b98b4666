# METADATA
# title: Test fixtures
# description: >
#   Builders for documents in the shape of the document model, used by the
#   rule tests. Statements are given as [section title, text, modality]
#   triples; norm is computed like the annotator does, and frequencies,
#   durations and vague words are left empty so that tests also exercise the
#   rules' own pattern fallbacks.
package soc2lint.lib.fixtures

import data.soc2lint.lib.text

run := {
	"as_of": "2026-11-30",
	"organization": "Example Corp",
	"scope": {"categories": ["security", "availability", "confidentiality", "privacy"], "audit_type": "type2"},
}

metadata := {
	"source": "front_matter",
	"owner": "Chief Information Security Officer",
	"version": "1.2",
	"approved_by": "Chief Executive Officer",
	"approved_on": "2026-03-01",
	"effective": "2026-03-01",
	"last_reviewed": "",
	"next_review": "2027-03-01",
	"classification": "Internal",
	"criteria": [],
	"fields": {},
	"line": 1,
}

# policy builds a Markdown policy titled title whose statements are the
# given [section, text, modality] triples, each under its own section.
policy(title, file, lines) := {
	"file": file,
	"format": "markdown",
	"kind": "policy",
	"title": title,
	"language": "en",
	"metadata": metadata,
	"sections": [section(i, line) | some i, line in lines],
	"statements": array.concat(
		[heading(title)],
		[statement(i, line) | some i, line in lines],
	),
	"tables": [],
	"text": concat("\n", [line[1] | some line in lines]),
	"problems": [],
}

heading(title) := {
	"text": title, "norm": text.fold(title), "source": "heading",
	"section": -1, "section_path": [], "modality": "",
	"frequencies": [], "durations": [], "vague": [], "line": 8,
}

section(i, [title, _, _]) := {
	"index": i, "parent": -1, "level": 2, "title": title,
	"path": [title], "text": "", "line": line_of(i) - 1, "end_line": line_of(i),
}

statement(i, [title, txt, modality]) := {
	"text": txt,
	"norm": text.fold(txt),
	"source": source(title),
	"section": i,
	"section_path": [text.fold(title)],
	"modality": modality,
	"frequencies": [],
	"durations": [],
	"vague": [],
	"line": line_of(i),
}

# A section title of "table" marks the statement as a table row.
source("table") := "table_row"

source(title) := "list_item" if title != "table"

line_of(i) := 10 + (2 * i)

# messages returns the English messages of a set of violations.
messages(violations) := {v.message.en | some v in violations}

# section_policy builds a Markdown policy whose statements all sit in one
# section, so that rules reading neighbouring sentences can be tested. Each
# entry of lines is [text, modality, source]; statement n is on line
# 10 + 2n.
section_policy(title, file, section_title, lines) := object.union(policy(title, file, []), {
	"sections": [section(0, [section_title, "", ""])],
	"statements": array.concat(
		[heading(title)],
		[paragraph(i, section_title, line) | some i, line in lines],
	),
	"text": concat("\n", [line[0] | some line in lines]),
})

paragraph(i, section_title, [txt, modality, src]) := object.union(statement(0, [section_title, txt, modality]), {
	"source": src,
	"line": line_of(i),
})

# as_kind returns doc with its kind replaced.
as_kind(doc, kind) := object.union(doc, {"kind": kind})
