# METADATA
# title: Text helpers
# description: >
#   Case and accent folding for strings that the document model does not
#   normalize (titles, file names, raw text), so that patterns written
#   without accents match Spanish text.
package soc2lint.lib.text

# fold returns s in lower case with Spanish accents removed, matching how
# Statement.norm is normalized.
fold(s) := strings.replace_n(
	{
		"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ü": "u", "ñ": "n",
		"Á": "a", "É": "e", "Í": "i", "Ó": "o", "Ú": "u", "Ü": "u", "Ñ": "n",
	},
	lower(s),
)

# excerpt returns s cut to at most 160 characters, so messages quoting a
# sentence stay readable.
excerpt(s) := s if {
	count(s) <= 160
}

excerpt(s) := concat("", [substring(s, 0, 157), "..."]) if {
	count(s) > 160
}

# file_words returns the file name without folders and extensions, with
# separators turned into spaces ("policies/access-control.md" becomes
# "access control").
file_words(path) := words if {
	parts := split(path, "/")
	name := parts[count(parts) - 1]
	base := split(name, ".")[0]
	words := fold(regex.replace(base, `[-_]+`, " "))
}
