# METADATA
# title: Violation builder
# description: >
#   Builds the violation objects that every rule's `deny` set holds. The
#   engine adds the rule id, title, severity, criteria, remediation and
#   mappings from the rule package's METADATA, so a rule states only what is
#   specific to one occurrence: the message in English and Spanish and where
#   it is.
package soc2lint.lib.result

# fail returns a violation at the location of `at`, which is any object with
# location fields (a statement, a section, a table row, or the document
# metadata). Fields absent from `at` are left out.
fail(en, es, at) := {
	"message": {"en": en, "es": es},
	"location": location(at),
}

# fail_file returns a violation about the whole file, located at line 1.
fail_file(en, es) := {
	"message": {"en": en, "es": es},
	"location": {"line": 1},
}

# fail_corpus returns a corpus-level violation, which has no file and no
# location.
fail_corpus(en, es) := {
	"message": {"en": en, "es": es},
	"location": {},
}

location(at) := {key: at[key] |
	some key in {"line", "page", "sheet", "cell"}
	at[key]
}
