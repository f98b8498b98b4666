package xlsx

import (
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/parsers/ooxml"
)

// readRichText reads the string item whose start element (si in the shared
// string table, is in an inline-string cell) was just read, and returns its
// text: the t elements, directly or in rich-text runs, concatenated.
// Phonetic runs (rPh) hold a reading guide for East Asian text, not cell
// text, and are skipped.
func readRichText(d *xml.Decoder) (string, error) {
	var text strings.Builder
	depth := 1
	inText := false

	for depth > 0 {
		tok, err := d.RawToken()
		if err != nil {
			return "", err
		}

		switch el := tok.(type) {
		case xml.StartElement:
			if el.Name.Local == "rPh" {
				if err := ooxml.SkipRawElement(d); err != nil {
					return "", err
				}
				continue
			}
			depth++
			inText = el.Name.Local == "t"
		case xml.EndElement:
			depth--
			inText = false
		case xml.CharData:
			if inText {
				text.Write(el)
			}
		}
	}
	return decodeEscapes(text.String()), nil
}

// decodeEscapes replaces the _xHHHH_ escapes that OOXML uses for characters
// XML cannot hold, such as _x000D_ for a carriage return, and normalizes
// CRLF to LF. _x005F_ is an escaped underscore, so "_x005F_x0041_" reads as
// the literal "_x0041_".
func decodeEscapes(s string) string {
	if !strings.Contains(s, "_x") && !strings.Contains(s, "\r") {
		return s
	}

	var out strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '_' && i+6 < len(s) && s[i+1] == 'x' && s[i+6] == '_' {
			if code, err := strconv.ParseUint(s[i+2:i+6], 16, 16); err == nil {
				out.WriteRune(rune(code))
				i += 6
				continue
			}
		}
		out.WriteByte(s[i])
	}
	return strings.ReplaceAll(out.String(), "\r\n", "\n")
}
