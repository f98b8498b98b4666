package docx

import (
	"encoding/xml"
	"io"

	"github.com/soc2lint/soc2lint/parsers"
	"github.com/soc2lint/soc2lint/parsers/ooxml"
)

// docxFormat sets the package error messages for Word documents. All parts share
// one decompression budget, because the parser reads each part once.
var docxFormat = ooxml.Format{
	Kind:         "a DOCX document",
	Resave:       "save it again as .docx from Word",
	Encrypted:    "a password-protected document or a binary Word .doc file, not an OOXML .docx: save it as an unprotected .docx",
	SharedBudget: true,
}

// archive is an open DOCX package.
type archive struct {
	*ooxml.Archive
}

// newArchive opens the package of size bytes in r; see ooxml.New.
func newArchive(r io.ReaderAt, size int64, name string, opts parsers.Options) (*archive, error) {
	a, err := ooxml.New(r, size, name, opts, docxFormat)
	if err != nil {
		return nil, err
	}
	return &archive{a}, nil
}

// attr returns the value of the attribute with the given local name, such
// as "val" for w:val, or "" when the element has none.
func attr(start xml.StartElement, local string) string {
	value, _ := ooxml.Attr(start, local)
	return value
}
