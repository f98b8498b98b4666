package meta

import (
	"strings"

	"github.com/soc2lint/soc2lint/model"
)

// minTableKeys is how many document-control keys a table without a
// document-control heading must hold to be read as one.
const minTableKeys = 2

// TableReader finds the document-control pairs of a parsed table. Parsers
// differ in how their cells read, so each sets its own fields.
type TableReader struct {
	// Headings are normalized heading or caption words, such as "document
	// control", under which a two-column table is read as document-control
	// keys and values.
	Headings []string

	// Key and Value clean a cell before it is used as a key or a value. Nil
	// keeps the cell as it is. Key is applied to first-column keys only,
	// because a header row is cleaned by the parser that builds the table.
	Key, Value func(string) string

	// LooseUnderHeading reads every row of a two-column table under a
	// document-control heading as a pair, even a row whose first cell is
	// not a known key. Otherwise only rows with a known key count.
	LooseUnderHeading bool
}

// Fields returns the document-control pairs of table, found under heading,
// or nil when it is not a document-control table. Two shapes are read: keys
// in the first column with values in the second (the header row counts as a
// pair when its first cell is a key), and keys in the header row over one
// row of values. The first value of a key wins.
func (r TableReader) Fields(table model.Table, heading string) map[string]any {
	if fields := r.columnPairs(table, r.isControlHeading(heading)); fields != nil {
		return fields
	}
	return r.headerPairs(table)
}

func (r TableReader) columnPairs(table model.Table, underControlHeading bool) map[string]any {
	if len(table.Header) < 2 {
		return nil
	}

	rows := make([][]string, 0, len(table.Rows)+1)
	if IsKey(table.Header[0]) {
		rows = append(rows, table.Header)
	}
	for _, row := range table.Rows {
		rows = append(rows, row.Cells)
	}

	loose := r.LooseUnderHeading && underControlHeading
	fields := map[string]any{}
	keys := 0
	for _, cells := range rows {
		if len(cells) < 2 || cells[0] == "" || cells[1] == "" {
			continue
		}
		key := clean(r.Key, cells[0])
		if IsKey(key) {
			keys++
		} else if !loose {
			continue
		}
		if _, seen := fields[key]; !seen {
			fields[key] = clean(r.Value, cells[1])
		}
	}

	switch {
	case keys >= minTableKeys:
		return fields
	case loose && len(table.Header) == 2 && len(fields) > 0:
		return fields
	case !r.LooseUnderHeading && underControlHeading && keys > 0:
		return fields
	}
	return nil
}

// headerPairs reads keys in the header row over exactly one body row. A key
// repeated in the header counts once.
func (r TableReader) headerPairs(table model.Table) map[string]any {
	if len(table.Rows) != 1 {
		return nil
	}

	fields := map[string]any{}
	for i, name := range table.Header {
		if !IsKey(name) || i >= len(table.Rows[0].Cells) || table.Rows[0].Cells[i] == "" {
			continue
		}
		fields[name] = clean(r.Value, table.Rows[0].Cells[i])
	}
	if len(fields) < minTableKeys {
		return nil
	}
	return fields
}

func (r TableReader) isControlHeading(heading string) bool {
	normalized := NormalizeKey(heading)
	for _, words := range r.Headings {
		if strings.Contains(normalized, words) {
			return true
		}
	}
	return false
}

func clean(f func(string) string, cell string) string {
	if f == nil {
		return cell
	}
	return f(cell)
}
