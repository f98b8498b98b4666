package docx

import (
	"strings"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers/meta"
)

// controlHeadings are normalized heading or caption words under which a
// two-column table is read as document-control keys and values.
var controlHeadings = []string{
	"document control", "document information", "document details", "document metadata",
	"document history", "version control", "control del documento", "control de documento",
	"informacion del documento", "datos del documento",
}

// minControlKeys is how many document-control keys a table without a
// document-control heading must hold to be read as one.
const minControlKeys = 2

// controlFields returns the document-control pairs of a table, or nil when
// it is not a document-control table. Two shapes are read: keys in the
// first column with values in the second (the header row counts as a pair
// when its first cell is a key), and keys in the header row over one row of
// values.
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
		key := strings.TrimSuffix(oneLine(cells[0]), ":")
		if !meta.IsKey(key) {
			continue
		}
		keys++
		if _, seen := fields[key]; !seen {
			fields[key] = oneLine(cells[1])
		}
	}

	if keys >= minControlKeys || (underControlHeading && keys > 0) {
		return fields
	}
	return nil
}

func headerPairs(table model.Table) map[string]any {
	if len(table.Rows) != 1 {
		return nil
	}

	fields := map[string]any{}
	for i, name := range table.Header {
		if !meta.IsKey(name) || i >= len(table.Rows[0].Cells) || table.Rows[0].Cells[i] == "" {
			continue
		}
		fields[name] = oneLine(table.Rows[0].Cells[i])
	}
	if len(fields) < minControlKeys {
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
