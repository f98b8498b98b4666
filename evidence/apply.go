package evidence

import (
	"fmt"
	"path"
	"strings"

	"github.com/soc2lint/soc2lint/dates"
	"github.com/soc2lint/soc2lint/model"
)

// Problem rule ids raised by recognition.
const (
	RuleUnrecognized = "evidence-unrecognized"
	RuleOverride     = "evidence-override"
)

// Tabular reports whether format is one that evidence exports come in.
func Tabular(format string) bool {
	return format == model.FormatCSV || format == model.FormatXLSX
}

// Table is the part of a tabular file that recognition reads: its header,
// its title and where it is.
type Table struct {
	Header []string
	Title  string
	Sheet  string
	Loc    model.Location
}

// Choose returns the index of the first table recognized as evidence and its
// recognition, or -1 when none is. With an override, the first table whose
// header has the override's columns is chosen (on sheet, when set), and a
// table the override does not fit yields the error of the last table tried.
func Choose(tables []Table, file string, override *Override) (int, Recognition, error) {
	sheet := ""
	if override != nil {
		sheet = override.Sheet
	}
	var lastErr error
	for i, table := range tables {
		if sheet != "" && table.Sheet != sheet {
			continue
		}
		hint := path.Base(file) + " " + table.Title + " " + table.Sheet
		rec, err := Recognize(table.Header, hint, override)
		if err != nil {
			lastErr = err
			continue
		}
		if rec.Type != "" {
			return i, rec, nil
		}
	}
	if override != nil && lastErr == nil {
		lastErr = fmt.Errorf("no table found on sheet %q", sheet)
	}
	return -1, Recognition{}, lastErr
}

// Apply recognizes the evidence in a parsed CSV or XLSX document and types
// its rows into doc.Evidence. The document's kind becomes evidence whether
// or not a type is recognized; an unrecognized table gets Evidence with an
// empty Type and an info problem that tells how to force the type. A
// document that already has Evidence, such as one from Probe, is left as it
// is.
func Apply(doc *model.Document, override *Override, order dates.Order) {
	if !Tabular(doc.Format) || doc.Evidence != nil {
		return
	}
	doc.Kind = model.KindEvidence

	tables := make([]Table, len(doc.Tables))
	for i, t := range doc.Tables {
		tables[i] = Table{Header: t.Header, Sheet: t.Sheet, Loc: t.Location}
	}

	index, rec, err := Choose(tables, doc.File, override)
	if err != nil {
		doc.Problems = append(doc.Problems, overrideProblem(err))
	}
	if index < 0 {
		doc.Evidence = &model.Evidence{Columns: map[string]string{}, Records: []model.Record{}}
		if err == nil {
			doc.Problems = append(doc.Problems, unrecognizedProblem(doc.Tables))
		}
		return
	}

	table := doc.Tables[index]
	typer, err := NewTyper(rec, order)
	if err != nil {
		doc.Problems = append(doc.Problems, overrideProblem(err))
		return
	}

	ev := &model.Evidence{Type: rec.Type, Sheet: table.Sheet, Columns: rec.Columns, Records: make([]model.Record, 0, len(table.Rows))}
	for _, row := range table.Rows {
		ev.Records = append(ev.Records, typer.Record(row.Cells, row.Location))
	}
	doc.Evidence = ev
	doc.Problems = append(doc.Problems, typer.Problems()...)
}

// overrideProblem reports a configured evidence type that does not fit the
// file.
func overrideProblem(err error) model.Problem {
	return model.Problem{
		Rule:     RuleOverride,
		Severity: "error",
		Message:  fmt.Sprintf("the evidence entry in .soc2lint.yaml does not fit this file: %v; fix its type or columns", err),
		Location: model.Location{Line: 1},
	}
}

// unrecognizedProblem reports that no evidence type matched and lists the
// header, so the user can map it in the configuration.
func unrecognizedProblem(tables []model.Table) model.Problem {
	header := ""
	if len(tables) > 0 {
		header = strings.Join(tables[0].Header, ", ")
	}
	return model.Problem{
		Rule:     RuleUnrecognized,
		Severity: "info",
		Message: fmt.Sprintf("no evidence type recognized from the header (%s); evidence rules do not check this file. "+
			"To check it, add an evidence: entry with its type and columns to .soc2lint.yaml", header),
		Location: model.Location{Line: 1},
	}
}
