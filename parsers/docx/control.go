package docx

import (
	"strings"

	"github.com/soc2lint/soc2lint/parsers/meta"
)

// controlTable reads document-control tables. Word cells may hold several
// paragraphs, so keys and values are joined onto one line, and a key may end
// with a colon ("Owner:"). Only rows with a known key count, even under a
// document-control heading, because Word documents put version-history
// tables under headings such as "Version Control".
var controlTable = meta.TableReader{
	Headings: []string{
		"document control", "document information", "document details", "document metadata",
		"document history", "version control", "control del documento", "control de documento",
		"informacion del documento", "datos del documento",
	},
	Key: func(cell string) string {
		return strings.TrimSuffix(oneLine(cell), ":")
	},
	Value: oneLine,
}
