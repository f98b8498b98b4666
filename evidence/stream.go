package evidence

import (
	"context"
	"errors"
	"fmt"
	"path"
	"strings"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
	"github.com/soc2lint/soc2lint/parsers/csv"
	"github.com/soc2lint/soc2lint/parsers/xlsx"
)

// errStop ends a stream early once the wanted table has been read.
var errStop = errors.New("stop streaming")

// row is one body row of a table as a parser's Stream reports it.
type row struct {
	cells []string
	loc   model.Location
}

// visitTables streams the tables of a CSV or XLSX file. announce is called
// with each table's header and returns whether the rows of that table are
// needed, and visit receives the needed rows. Panics in the parsers are
// returned as errors naming the file, as the dispatch package does.
func visitTables(ctx context.Context, file parsers.File, format string, opts parsers.Options,
	announce func(Table) (bool, error), visit func(row) error) (problems []model.Problem, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: the %s parser failed: %v: %w", file.Rel, format, r, parsers.ErrUnreadable)
		}
	}()

	wanted := false
	switch format {
	case model.FormatCSV:
		problems, err = csv.Stream(ctx, file, opts, func(t csv.TableHeader, r model.Row) error {
			if r.Cells == nil {
				var aerr error
				wanted, aerr = announce(Table{Header: t.Header, Title: t.Title, Loc: t.Location})
				return aerr
			}
			if !wanted {
				return nil
			}
			return visit(row{cells: r.Cells, loc: r.Location})
		})
	case model.FormatXLSX:
		problems, err = xlsx.Stream(ctx, file, opts, func(t xlsx.TableHeader, r model.Row) error {
			if r.Cells == nil {
				var aerr error
				wanted, aerr = announce(Table{Header: t.Header, Title: t.Title, Sheet: t.Sheet, Loc: t.Location})
				return aerr
			}
			if !wanted {
				return nil
			}
			return visit(row{cells: r.Cells, loc: r.Location})
		})
	default:
		return nil, fmt.Errorf("%s: format %q is not a tabular evidence format", file.Rel, format)
	}

	if errors.Is(err, errStop) {
		err = nil
	}
	return problems, err
}

// Probe reads only as far as the first recognized table of a large export
// and returns a Document with the headers seen and Evidence without records:
// Evidence.Records stays nil, which makes Evaluate stream the rows again.
// An export with no recognized table is read to the end to see every header.
func Probe(ctx context.Context, file parsers.File, format string, opts parsers.Options, override *Override) (*model.Document, error) {
	opts = opts.WithDefaultsFor(format)
	sheet := ""
	if override != nil {
		sheet = override.Sheet
	}
	doc := &model.Document{
		File:       file.Rel,
		Format:     format,
		Kind:       model.KindEvidence,
		Title:      strings.TrimSuffix(path.Base(file.Rel), path.Ext(file.Rel)),
		Sections:   []model.Section{},
		Statements: []model.Statement{},
		Tables:     []model.Table{},
		Problems:   []model.Problem{},
		Metadata:   model.Metadata{Criteria: []string{}, Fields: map[string]any{}},
	}

	var chosen *model.Evidence
	var lastErr error
	announce := func(t Table) (bool, error) {
		doc.Tables = append(doc.Tables, model.Table{Section: -1, Header: t.Header, Rows: []model.Row{}, Location: t.Loc})
		if sheet != "" && t.Sheet != sheet {
			return false, nil
		}
		rec, err := Recognize(t.Header, path.Base(file.Rel)+" "+t.Title+" "+t.Sheet, override)
		if err != nil {
			lastErr = err
			return false, nil
		}
		if rec.Type == "" {
			return false, nil
		}
		chosen = &model.Evidence{Type: rec.Type, Sheet: t.Sheet, Columns: rec.Columns}
		return false, errStop
	}

	problems, err := visitTables(ctx, file, format, opts, announce, func(row) error { return nil })
	if err != nil {
		return nil, err
	}
	doc.Problems = append(doc.Problems, problems...)

	switch {
	case chosen != nil:
		doc.Evidence = chosen
	case override != nil:
		if lastErr == nil {
			lastErr = fmt.Errorf("no table found on sheet %q", sheet)
		}
		doc.Problems = append(doc.Problems, overrideProblem(lastErr))
		doc.Evidence = &model.Evidence{Columns: map[string]string{}, Records: []model.Record{}}
	default:
		doc.Problems = append(doc.Problems, unrecognizedProblem(doc.Tables))
		doc.Evidence = &model.Evidence{Columns: map[string]string{}, Records: []model.Record{}}
	}
	doc.Text = fmt.Sprintf("%s export with %d tables", format, len(doc.Tables))
	return doc, nil
}

// StreamRecords reads the rows of the table an evidence document was
// recognized from, types each with order, and calls visit with the record
// and the raw cells. It returns the typing problems and the parsers'
// problems.
func StreamRecords(ctx context.Context, doc *model.Document, file parsers.File, opts parsers.Options,
	visit func(model.Record, []string) error) ([]model.Problem, error) {
	ev := doc.Evidence
	if ev == nil || ev.Type == "" {
		return nil, fmt.Errorf("%s: no evidence type recognized", file.Rel)
	}
	opts = opts.WithDefaultsFor(doc.Format)

	var typer *Typer
	done := false
	announce := func(t Table) (bool, error) {
		if done {
			return false, errStop
		}
		if t.Sheet != ev.Sheet {
			return false, nil
		}
		rec, err := Recognize(t.Header, "", &Override{Type: ev.Type, Columns: ev.Columns})
		if err != nil {
			return false, nil
		}
		typer, err = NewTyper(rec, opts.DateOrder)
		if err != nil {
			return false, err
		}
		done = true
		return true, nil
	}

	problems, err := visitTables(ctx, file, doc.Format, opts, announce, func(r row) error {
		return visit(typer.Record(r.cells, r.loc), r.cells)
	})
	if err != nil {
		return nil, err
	}
	if typer == nil {
		return problems, fmt.Errorf("%s: table %q with the recognized columns not found on the second read", file.Rel, ev.Sheet)
	}
	return append(problems, typer.Problems()...), nil
}
