package xlsx

import (
	"encoding/xml"
	"errors"
	"io"

	"github.com/soc2lint/soc2lint/parsers/ooxml"
)

// sharedStrings is the shared string table of a workbook. The strings are
// stored back to back in one buffer, because a million separate Go strings
// cost about twice their text in headers and allocation overhead.
//
// NOTE: the whole table stays in memory while the sheets stream. A
// million-row export saved by Excel with three unique strings per row
// peaks near 210 MB of heap (BenchmarkStream1MRowsSharedStrings).
type sharedStrings struct {
	text []byte
	ends []int
}

// len returns the number of strings in the table.
func (s *sharedStrings) len() int {
	return len(s.ends)
}

// get returns string i, which must be in range.
func (s *sharedStrings) get(i int) string {
	start := 0
	if i > 0 {
		start = s.ends[i-1]
	}
	return string(s.text[start:s.ends[i]])
}

func (s *sharedStrings) add(text string) {
	s.text = append(s.text, text...)
	s.ends = append(s.ends, len(s.text))
}

// readSharedStrings reads the shared string table, one string per si
// element. A workbook without the part has an empty table.
func (a *archive) readSharedStrings(part string) (*sharedStrings, error) {
	if part == "" {
		part = "xl/sharedStrings.xml"
	}
	table := &sharedStrings{}
	if !a.Has(part) {
		return table, nil
	}

	rc, err := a.Open(part)
	if err != nil {
		return nil, err
	}
	defer rc.Close()

	d := ooxml.NewDecoder(rc)
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			return table, nil
		}
		if err != nil {
			return nil, a.PartError(part, err)
		}

		if start, ok := tok.(xml.StartElement); ok && start.Name.Local == "si" {
			text, err := readRichText(d)
			if err != nil {
				return nil, a.PartError(part, err)
			}
			table.add(text)
		}
	}
}
