package markdown

import (
	"strings"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers/meta"
)

// controlHeadings are normalized heading words under which a two-column
// table is read as document-control keys and values.
var controlHeadings = []string{
	"document control", "document information", "document details", "document metadata",
	"control del documento", "control de documento", "informacion del documento",
	"datos del documento",
}

// minControlKeys is how many document-control keys a table without a
// document-control heading must hold to be read as one.
const minControlKeys = 2

// controlFields returns the document-control pairs of a table, or nil when
// the table is not a document-control table. Three shapes are read:
//
//   - keys in the first column, values in the second (the header row counts
//     as a pair when its first cell is a key);
//   - any two-column table under a heading such as "Document Control";
//   - keys in the header row and values in the only body row.
func controlFields(table model.Table, heading string) map[string]any {
	if fields := columnPairs(table, isControlHeading(heading)); fields != nil {
		return fields
	}
	return headerPairs(table)
}

func columnPairs(table model.Table, underControlHeading bool) map[string]any {
	if len(table.Header) < 2 {
		return nil
	}

	rows := make([][]string, 0, len(table.Rows)+1)
	if meta.IsKey(table.Header[0]) {
		rows = append(rows, table.Header)
	}
	for _, row := range table.Rows {
		rows = append(rows, row.Cells)
	}

	fields := map[string]any{}
	keys := 0
	for _, cells := range rows {
		if len(cells) < 2 || cells[0] == "" || cells[1] == "" {
			continue
		}
		if meta.IsKey(cells[0]) {
			keys++
		} else if !underControlHeading {
			continue
		}
		if _, seen := fields[cells[0]]; !seen {
			fields[cells[0]] = cells[1]
		}
	}

	if keys >= minControlKeys || (underControlHeading && len(table.Header) == 2 && len(fields) > 0) {
		return fields
	}
	return nil
}

func headerPairs(table model.Table) map[string]any {
	if len(table.Rows) != 1 {
		return nil
	}

	fields := map[string]any{}
	keys := 0
	for i, name := range table.Header {
		if !meta.IsKey(name) || i >= len(table.Rows[0].Cells) || table.Rows[0].Cells[i] == "" {
			continue
		}
		keys++
		fields[name] = table.Rows[0].Cells[i]
	}
	if keys < minControlKeys {
		return nil
	}
	return fields
}

func isControlHeading(heading string) bool {
	normalized := meta.NormalizeKey(heading)
	for _, words := range controlHeadings {
		if strings.Contains(normalized, words) {
			return true
		}
	}
	return false
}
