package xlsx

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"sort"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers/ooxml"
	"github.com/soc2lint/soc2lint/parsers/problems"
)

// maxMerges bounds the merged ranges read from one worksheet.
const maxMerges = 100_000

// maxMergeWidth bounds how many columns one merged range fills in a row, so
// that a range such as A1:XFD1048576 cannot make every row 16,384 cells
// wide.
const maxMergeWidth = 1024

// mergeRange is a merged cell range; bounds are 1-based and inclusive.
type mergeRange struct {
	top, left, bottom, right int
	value                    string
}

// mergeMarker is the name of the element holding the merged ranges.
var mergeMarker = []byte("mergeCells")

// scanMerges returns the merged ranges of a worksheet sorted by top row.
// They are stored after the cell data, so the rows cannot be labeled in one
// pass. scanMerges reads the part once more and searches its bytes for the
// mergeCells element, which is far cheaper than decoding the XML, and then
// decodes only that element. Cell text cannot hide a match, because text
// cannot contain a raw "<".
func scanMerges(part io.Reader, sheet string, probs *problems.Collector) ([]mergeRange, error) {
	in := bufio.NewReaderSize(part, 64<<10)
	start, err := findElement(in, mergeMarker)
	if errors.Is(err, io.EOF) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}

	d := xml.NewDecoder(io.MultiReader(bytes.NewReader(start), in))
	var merges []mergeRange
	for {
		tok, err := d.RawToken()
		if err != nil {
			return nil, unexpectedEOF(err)
		}

		switch el := tok.(type) {
		case xml.StartElement:
			if el.Name.Local != "mergeCell" {
				continue
			}
			ref, _ := ooxml.Attr(el, "ref")
			m, ok := parseRange(ref)
			if !ok {
				probs.Add(kindMerge, "warning", model.Location{Sheet: sheet},
					"merged range %q on sheet %q is invalid and was ignored: unmerge and merge the cells again", ref, sheet)
				continue
			}
			if len(merges) < maxMerges && (m.bottom > m.top || m.right > m.left) {
				merges = append(merges, m)
			}
		case xml.EndElement:
			if el.Name.Local == "mergeCells" {
				sort.SliceStable(merges, func(i, j int) bool { return merges[i].top < merges[j].top })
				return merges, nil
			}
		}
	}
}

// findElement reads in up to the start tag of the element named local,
// with or without a namespace prefix. It returns the bytes read from that
// tag's "<" on, and in continues after them.
func findElement(in *bufio.Reader, local []byte) ([]byte, error) {
	var window []byte
	chunk := make([]byte, 64<<10)

	for {
		n, err := in.Read(chunk)
		window = append(window, chunk[:n]...)

		if i := elementStart(window, local); i >= 0 {
			return window[i:], nil
		}
		if err != nil {
			return nil, err
		}

		// Keep enough of the tail to find a start tag cut in two.
		keep := min(len(window), len(local)+64)
		window = append(window[:0], window[len(window)-keep:]...)
	}
}

// elementStart returns the index of the "<" that opens a start tag of
// local in b, or -1.
func elementStart(b, local []byte) int {
	for offset := 0; ; {
		i := bytes.Index(b[offset:], local)
		if i < 0 {
			return -1
		}
		i += offset
		offset = i + 1

		// The name must end here: "<mergeCells>" or "<mergeCells " but not
		// "<mergeCellsX".
		if end := i + len(local); end < len(b) && !isTagEnd(b[end]) {
			continue
		}

		j := i - 1
		if j >= 0 && b[j] == ':' {
			j--
			for j >= 0 && isNameByte(b[j]) {
				j--
			}
		}
		if j >= 0 && b[j] == '<' {
			return j
		}
	}
}

func isTagEnd(c byte) bool {
	return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\r' || c == '\n'
}

func isNameByte(c byte) bool {
	return c == '_' || c == '-' || c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}

// parseRange reads an A1:C3 range.
func parseRange(ref string) (mergeRange, bool) {
	first, last, found := strings.Cut(strings.ReplaceAll(ref, "$", ""), ":")
	if !found {
		last = first
	}

	left, top, err := excelize.CellNameToCoordinates(first)
	if err != nil {
		return mergeRange{}, false
	}
	right, bottom, err := excelize.CellNameToCoordinates(last)
	if err != nil {
		return mergeRange{}, false
	}

	if left > right {
		left, right = right, left
	}
	if top > bottom {
		top, bottom = bottom, top
	}
	return mergeRange{top: top, left: left, bottom: bottom, right: min(right, left+maxMergeWidth-1)}, true
}

// mergeFiller copies the value of each merged range's top-left cell into
// the other cells of the range as rows stream past.
type mergeFiller struct {
	pending []mergeRange
	active  []*mergeRange
}

// fill applies the ranges that cover row. It records the top-left values
// of ranges that start on the row and fills only cells that are empty.
func (f *mergeFiller) fill(row *sheetRow) {
	for len(f.pending) > 0 && f.pending[0].top <= row.num {
		f.active = append(f.active, &f.pending[0])
		f.pending = f.pending[1:]
	}

	kept := f.active[:0]
	for _, m := range f.active {
		if m.bottom >= row.num {
			kept = append(kept, m)
		}
	}
	f.active = kept

	for _, m := range f.active {
		if m.top == row.num && m.left <= len(row.values) {
			m.value = row.values[m.left-1]
		}
		if m.value == "" || m.top > row.num {
			continue
		}
		for len(row.values) < m.right {
			row.values = append(row.values, "")
		}
		for col := m.left; col <= m.right; col++ {
			if row.values[col-1] == "" {
				row.values[col-1] = m.value
			}
		}
	}
}
