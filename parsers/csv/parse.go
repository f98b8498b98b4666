package csv

import (
	"context"
	"fmt"
	"path"
	"strings"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
)

// Parse reads the CSV file into a Document with one table. It has the
// parsers.Func signature. Kind, Language and Evidence are left for the
// evidence stage, and Text is a one-line summary of the table.
func Parse(ctx context.Context, file parsers.File, opts parsers.Options) (*model.Document, error) {
	doc := &model.Document{
		File:       file.Rel,
		Format:     model.FormatCSV,
		Title:      strings.TrimSuffix(path.Base(file.Rel), path.Ext(file.Rel)),
		Sections:   []model.Section{},
		Statements: []model.Statement{},
		Tables:     []model.Table{},
		Problems:   []model.Problem{},
	}

	var table *model.Table
	var header TableHeader
	problems, err := Stream(ctx, file, opts, func(t TableHeader, row model.Row) error {
		if row.Cells == nil {
			header = t
			doc.Tables = append(doc.Tables, model.Table{Section: -1, Header: t.Header, Rows: []model.Row{}, Location: t.Location})
			table = &doc.Tables[len(doc.Tables)-1]
			return nil
		}
		table.Rows = append(table.Rows, row)
		return nil
	})
	if err != nil {
		return nil, err
	}

	doc.Problems = append(doc.Problems, problems...)
	if table != nil {
		doc.Text = summary(header, len(table.Rows))
	}
	return doc, nil
}

// summary describes the table in one line.
func summary(t TableHeader, rows int) string {
	text := fmt.Sprintf("%d rows, %d columns: %s", rows, len(t.Header), strings.Join(t.Header, ", "))
	if t.Title != "" {
		text = t.Title + "\n" + text
	}
	return text
}
