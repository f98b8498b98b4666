package markdown

import "github.com/soc2lint/soc2lint/parsers/meta"

// controlTable reads document-control tables. Any two-column table under a
// heading such as "Document Control" is read as keys and values, so that a
// key meta does not know, such as "Department", is kept in the fields. GFM
// cells are one line already, so they are used as written.
var controlTable = meta.TableReader{
	Headings: []string{
		"document control", "document information", "document details", "document metadata",
		"control del documento", "control de documento", "informacion del documento",
		"datos del documento",
	},
	LooseUnderHeading: true,
}
