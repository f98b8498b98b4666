package xlsx

import (
	"encoding/xml"
	"fmt"
	"io"

	"golang.org/x/text/encoding/htmlindex"
)

// newDecoder returns an XML decoder over r that accepts the encodings an
// XML declaration may name (UTF-16 parts exist in the wild).
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

// attr returns the value of the attribute with the given local name.
func attr(start xml.StartElement, local string) (string, bool) {
	for _, a := range start.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// skipElement consumes tokens up to the end of the element whose start was
// just read, using RawToken like the callers.
func skipElement(d *xml.Decoder) error {
	depth := 1
	for depth > 0 {
		tok, err := d.RawToken()
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

// decodePart reads a small XML part into v.
func (a *archive) decodePart(name string, v any) error {
	rc, err := a.open(name)
	if err != nil {
		return err
	}
	defer rc.Close()

	if err := newDecoder(rc).Decode(v); err != nil {
		return a.partError(name, err)
	}
	return nil
}
