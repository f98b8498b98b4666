package docx

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"

	"golang.org/x/text/encoding/htmlindex"

	"github.com/soc2lint/soc2lint/parsers"
)

// newDecoder returns a strict XML decoder over r that accepts the encodings
// an XML declaration may name, since UTF-16 parts exist in the wild.
// encoding/xml expands only the predefined entities, so a DTD cannot make a
// part expand.
func newDecoder(r io.Reader) *xml.Decoder {
	d := xml.NewDecoder(r)
	d.CharsetReader = charsetReader
	return d
}

func charsetReader(label string, input io.Reader) (io.Reader, error) {
	enc, err := htmlindex.Get(label)
	if err != nil {
		return nil, fmt.Errorf("unsupported XML encoding %q", label)
	}
	return enc.NewDecoder().Reader(input), nil
}

// attr returns the value of the attribute with the given local name, such
// as "val" for w:val.
func attr(start xml.StartElement, local string) string {
	for _, a := range start.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// skipElement consumes tokens up to the end of the element whose start was
// just read. It keeps no stack, so deep nesting costs no memory.
func skipElement(d *xml.Decoder) error {
	depth := 1
	for depth > 0 {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

// partError turns an error met while reading part into one that names the
// file and what to do. Errors that already wrap a parser error, such as the
// decompression limit, are kept.
func (a *archive) partError(part string, err error) error {
	if errors.Is(err, parsers.ErrLimit) || errors.Is(err, parsers.ErrUnreadable) {
		return err
	}
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("%s: part %q is not well-formed XML (%v): save the document again as .docx from Word: %w",
		a.name, part, err, parsers.ErrUnreadable)
}
