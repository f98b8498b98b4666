package ooxml

import (
	"encoding/xml"
	"fmt"
	"io"

	"golang.org/x/text/encoding/htmlindex"
)

// NewDecoder returns a strict XML decoder over r that accepts the encodings
// an XML declaration may name, since UTF-16 parts exist in the wild.
// encoding/xml expands only the predefined entities, so a DTD cannot make a
// part expand.
func NewDecoder(r io.Reader) *xml.Decoder {
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

// Attr returns the value of the attribute with the given local name, such
// as "val" for w:val, and whether the element has it.
func Attr(start xml.StartElement, local string) (string, bool) {
	for _, a := range start.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// SkipElement consumes tokens up to the end of the element whose start was
// just read with Token. It keeps no stack, so deep nesting costs no memory.
func SkipElement(d *xml.Decoder) error {
	return skip(d.Token)
}

// SkipRawElement is SkipElement for a caller that reads with RawToken.
func SkipRawElement(d *xml.Decoder) error {
	return skip(d.RawToken)
}

func skip(next func() (xml.Token, error)) error {
	depth := 1
	for depth > 0 {
		tok, err := next()
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
