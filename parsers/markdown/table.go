package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers/outline"
)

// table adds a GFM table to the document and each body row as a statement
// written "Header: cell; Header: cell", so that a row reads as a sentence
// under its column names.
func (w *chunkWalker) table(t *east.Table) {
	table := model.Table{
		Section: w.currentSection(),
		Header:  []string{},
		Rows:    []model.Row{},
	}

	for c := t.FirstChild(); c != nil; c = c.NextSibling() {
		switch row := c.(type) {
		case *east.TableHeader:
			table.Header = w.cells(row)
			table.Line = w.line(row.Pos())
		case *east.TableRow:
			line := w.line(row.Pos())
			table.Rows = append(table.Rows, model.Row{Cells: w.cells(row), Location: model.Location{Line: line}})
			if w.hasExtraCells(line, len(t.Alignments)) {
				w.extraCells.add(line)
			}
		}
	}
	if table.Line == 0 {
		table.Line = w.firstLine(t)
	}

	w.writeBlock(outline.JoinNonEmpty(table.Header, " | "))
	w.seeContent(table.Line + 1)
	for _, row := range table.Rows {
		w.addStatement(outline.RowStatement(table.Header, row.Cells), model.SourceTableRow, row.Line, row.Line)
	}

	heading := ""
	if table.Section >= 0 {
		heading = w.doc.Sections[table.Section].Title
	}
	w.doc.Tables = append(w.doc.Tables, table)
	w.tableHeadings = append(w.tableHeadings, heading)
}

func (w *chunkWalker) cells(row ast.Node) []string {
	cells := make([]string, 0, row.ChildCount())
	for c := row.FirstChild(); c != nil; c = c.NextSibling() {
		cells = append(cells, plainText(c, w.src, joinBreaks))
	}
	return cells
}

// hasExtraCells reports whether the source row on line holds more cells than
// the table has columns. GFM drops the extra cells, which happens when a
// pipe inside a code span is not escaped as `\|`.
func (w *chunkWalker) hasExtraCells(line, columns int) bool {
	start, end := w.lines.bounds(line, w.full)
	return countCells(w.full[start:end]) > columns
}

// countCells counts the cells of a table row line as GFM splits them: on
// every pipe not escaped with a backslash, ignoring a leading and a trailing
// pipe.
func countCells(line []byte) int {
	line = bytes.TrimSpace(line)
	line = bytes.TrimLeft(line, ">")
	line = bytes.TrimSpace(line)
	line = bytes.TrimPrefix(line, []byte("|"))
	if bytes.HasSuffix(line, []byte("|")) && !bytes.HasSuffix(line, []byte(`\|`)) {
		line = line[:len(line)-1]
	}
	if len(bytes.TrimSpace(line)) == 0 {
		return 0
	}

	cells := 1
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '|':
			cells++
		}
	}
	return cells
}
