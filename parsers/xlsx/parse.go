package xlsx

import (
	"context"
	"fmt"
	"path"
	"regexp"
	"strings"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
)

// defaultSheetName matches the names spreadsheet programs give new sheets
// in English, Spanish, French, German, Italian and Portuguese. Such a name
// tells nothing about the content, so the file name makes the better title.
var defaultSheetName = regexp.MustCompile(`(?i)^(sheet|hoja|feuil|tabelle|foglio|planilha)\s*\d+$`)

// Parse reads the workbook into a Document with one table per non-empty
// worksheet. It has the parsers.Func signature. The title is the sheet name
// when the workbook has one table under a name someone chose, else the file
// name without extension. Kind, Language and Evidence are left for the
// evidence stage, and Text has one summary line per table.
func Parse(ctx context.Context, file parsers.File, opts parsers.Options) (*model.Document, error) {
	doc := &model.Document{
		File:       file.Rel,
		Format:     model.FormatXLSX,
		Title:      strings.TrimSuffix(path.Base(file.Rel), path.Ext(file.Rel)),
		Sections:   []model.Section{},
		Statements: []model.Statement{},
		Tables:     []model.Table{},
		Problems:   []model.Problem{},
	}

	var headers []TableHeader
	problems, err := Stream(ctx, file, opts, func(t TableHeader, row model.Row) error {
		if row.Cells == nil {
			headers = append(headers, t)
			doc.Tables = append(doc.Tables, model.Table{Section: -1, Header: t.Header, Rows: []model.Row{}, Location: t.Location})
			return nil
		}
		table := &doc.Tables[len(doc.Tables)-1]
		table.Rows = append(table.Rows, row)
		return nil
	})
	if err != nil {
		return nil, err
	}
	doc.Problems = append(doc.Problems, problems...)

	if len(headers) == 1 && !defaultSheetName.MatchString(headers[0].Sheet) {
		doc.Title = headers[0].Sheet
	}

	lines := make([]string, len(headers))
	for i, h := range headers {
		lines[i] = fmt.Sprintf("%s: %d rows, %d columns: %s", h.Sheet, len(doc.Tables[i].Rows), len(h.Header), strings.Join(h.Header, ", "))
		if h.Title != "" {
			lines[i] = h.Sheet + ": " + h.Title + "\n" + lines[i]
		}
	}
	doc.Text = strings.Join(lines, "\n")
	return doc, nil
}
