package docx

import (
	"strings"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers/outline"
)

// table adds a table of the body. A table one column wide is a layout box,
// such as a framed note, so its paragraphs and tables are added as if they
// stood outside it. Any other table becomes a model.Table whose header is
// its first row, and each body row a statement written
// "Header: cell; Header: cell". A first row that is one cell across the
// whole table is the table's caption: it becomes a paragraph, and the row
// after it the header.
func (b *builder) table(t *table) {
	grid, ordinals := gridRows(t)
	width := 0
	for _, cells := range grid {
		width = max(width, len(cells))
	}
	if width <= 1 {
		for _, row := range t.rows {
			for _, cell := range row.cells {
				for _, blk := range cell.blocks {
					b.block(blk)
				}
			}
		}
		return
	}

	heading := ""
	if section := b.currentSection(); section >= 0 {
		heading = b.doc.Sections[section].Title
	}
	if len(grid) > 1 && isCaption(t.rows[0], grid[0]) {
		heading = oneLine(grid[0][0])
		b.addStatement(grid[0][0], model.SourceParagraph, ordinals[0])
		grid, ordinals = grid[1:], ordinals[1:]
	}

	// The header spans the widest row, so that every column has a name.
	header := make([]string, width)
	for i, cell := range grid[0] {
		header[i] = oneLine(cell)
	}
	tbl := model.Table{
		Section:  b.currentSection(),
		Header:   header,
		Rows:     make([]model.Row, 0, len(grid)-1),
		Location: model.Location{Line: ordinals[0]},
	}
	b.writeBlock(outline.JoinNonEmpty(header, " | "))
	b.lastContent = max(b.lastContent, ordinals[0])

	for i, cells := range grid[1:] {
		if outline.JoinNonEmpty(cells, "") == "" {
			continue
		}
		ordinal := ordinals[i+1]
		tbl.Rows = append(tbl.Rows, model.Row{Cells: cells, Location: model.Location{Line: ordinal}})
		b.addStatement(outline.RowStatement(header, cells), model.SourceTableRow, ordinal)
	}

	b.doc.Tables = append(b.doc.Tables, tbl)
	b.tableHeadings = append(b.tableHeadings, heading)
}

// gridRows lays the rows of t on the table grid and returns, per row that
// has a cell, the cell texts by grid column and the row's ordinal. A cell
// spanning several columns (w:gridSpan) fills the first and leaves the
// others empty. A cell that continues a vertical merge (w:vMerge) repeats
// the text above it, so that each row reads whole.
func gridRows(t *table) ([][]string, []int) {
	var (
		grid     [][]string
		ordinals []int
		above    []string
	)

	for _, row := range t.rows {
		if len(row.cells) == 0 {
			continue
		}

		cells := make([]string, row.gridBefore, row.gridBefore+len(row.cells))
		for _, cell := range row.cells {
			text := cellText(cell)
			if column := len(cells); cell.continued && column < len(above) {
				text = above[column]
			}
			cells = append(cells, text)
			for range cell.span - 1 {
				cells = append(cells, "")
			}
		}

		grid = append(grid, cells)
		ordinals = append(ordinals, row.ordinal)
		above = cells
	}
	return grid, ordinals
}

// isCaption reports whether a first row is one non-empty cell across the
// whole table.
func isCaption(row *tableRow, cells []string) bool {
	return len(row.cells) == 1 && row.gridBefore == 0 && row.cells[0].span > 1 && cells[0] != ""
}

// cellText returns the text of a cell: its paragraphs one per line, and a
// nested table one row per line with its cells separated by " | ".
func cellText(cell *tableCell) string {
	parts := make([]string, 0, len(cell.blocks))
	for _, blk := range cell.blocks {
		if blk.para != nil {
			if blk.para.text != "" {
				parts = append(parts, blk.para.text)
			}
			continue
		}

		nested, _ := gridRows(blk.table)
		for _, cells := range nested {
			for i := range cells {
				cells[i] = oneLine(cells[i])
			}
			if line := outline.JoinNonEmpty(cells, " | "); line != "" {
				parts = append(parts, line)
			}
		}
	}
	return strings.Join(parts, "\n")
}
