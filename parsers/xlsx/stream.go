package xlsx

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
	"github.com/soc2lint/soc2lint/parsers/ooxml"
	"github.com/soc2lint/soc2lint/parsers/problems"
)

// TableHeader describes the table of one worksheet. Stream passes the same
// value with every row of that worksheet.
type TableHeader struct {
	// Sheet is the worksheet name.
	Sheet string

	// Index is the position of the table among those Stream reports, from
	// 0. Empty worksheets are skipped and get no index.
	Index int

	// Header holds the header cells with surrounding white space removed.
	// A merged header cell labels every column it spans.
	Header []string

	// FirstColumn is the 1-based column of Header[0] and of every row's
	// Cells[0]; ColumnName gives the letters of any cell index.
	FirstColumn int

	// Title is the text of a title row above the header, or "".
	Title string

	// Location is the header row: Sheet and the Cell of Header[0].
	Location model.Location
}

// ColumnName returns the column letters of Header[i] and Cells[i].
func (t TableHeader) ColumnName(i int) string {
	return columnName(t.FirstColumn + i)
}

// Visitor receives the tables of a workbook. For each non-empty worksheet,
// in workbook order, Stream calls it first with a Row whose Cells is nil,
// to announce the table and its header, and then once per body row. A body
// row's Cells is never nil, has at least len(Header) cells, and its
// Location names the sheet and the cell of Cells[0]. Returning an error
// stops Stream, which returns that error unchanged.
type Visitor func(t TableHeader, row model.Row) error

// contextCheckRows is the number of rows read between cancellation checks.
const contextCheckRows = 1024

// Stream reads the workbook and calls visit for each worksheet's header and
// rows, holding one row at a time apart from the shared string table. Rows
// without values are skipped: a worksheet's header is its first row with a
// value, or the row after it when that first row is a title (one cell
// followed by a wider row). Stream returns the problems it worked around,
// such as formulas without a cached value, and an error wrapping
// parsers.ErrLimit, parsers.ErrEncrypted or parsers.ErrUnreadable when the
// workbook is over a limit, password-protected or damaged.
func Stream(ctx context.Context, file parsers.File, opts parsers.Options, visit Visitor) (probs []model.Problem, err error) {
	opts = opts.WithDefaultsFor(model.FormatXLSX)
	s := &streamer{ctx: ctx, rel: file.Rel, maxRows: opts.MaxRows, visit: visit}

	defer func() {
		if r := recover(); r != nil {
			probs = s.problems.Result()
			err = fmt.Errorf("%s: reading the workbook failed (%v): save it again as .xlsx: %w", file.Rel, r, parsers.ErrUnreadable)
		}
	}()

	a, err := openArchive(file, opts)
	if err != nil {
		return nil, err
	}
	defer a.Close()
	s.archive = a

	err = s.run()
	return s.problems.Result(), err
}

// streamer carries the state of one Stream call.
type streamer struct {
	ctx     context.Context
	rel     string
	maxRows int
	visit   Visitor
	archive *archive

	workbook *workbook
	strings  *sharedStrings
	styles   []dateKind
	problems problems.Collector
	tables   int
	rows     int
	read     int
}

func (s *streamer) run() error {
	wb, err := s.archive.readWorkbook()
	if err != nil {
		return err
	}
	s.workbook = wb

	if s.styles, err = s.archive.readStyles(wb.styles); err != nil {
		return err
	}
	if s.strings, err = s.archive.readSharedStrings(wb.sharedStrings); err != nil {
		return err
	}

	for _, sheet := range wb.sheets {
		if err := s.sheet(sheet); err != nil {
			return err
		}
	}
	return nil
}

// sheet streams one worksheet.
func (s *streamer) sheet(info sheetInfo) error {
	merges, err := s.readMerges(info)
	if err != nil {
		return err
	}

	rc, err := s.archive.Open(info.part)
	if err != nil {
		return err
	}
	defer rc.Close()

	reader := &sheetReader{
		d:        ooxml.NewDecoder(rc),
		sheet:    info.name,
		strings:  s.strings,
		styles:   s.styles,
		date1904: s.workbook.date1904,
		problems: &s.problems,
	}
	t := &tableState{streamer: s, info: info, filler: mergeFiller{pending: merges}}

	for {
		row, err := reader.next()
		if errors.Is(err, io.EOF) {
			return t.finish()
		}
		if err != nil {
			return s.archive.PartError(info.part, err)
		}
		if err := s.checkContext(); err != nil {
			return err
		}

		t.filler.fill(&row)
		if row.filled == 0 {
			continue
		}
		if err := t.add(row); err != nil {
			return err
		}
	}
}

func (s *streamer) readMerges(info sheetInfo) ([]mergeRange, error) {
	rc, err := s.archive.Open(info.part)
	if err != nil {
		return nil, err
	}
	defer rc.Close()

	merges, err := scanMerges(rc, info.name, &s.problems)
	if err != nil {
		return nil, s.archive.PartError(info.part, err)
	}
	return merges, nil
}

func (s *streamer) checkContext() error {
	s.read++
	if s.read%contextCheckRows != 0 {
		return nil
	}
	if err := s.ctx.Err(); err != nil {
		return fmt.Errorf("%s: %w", s.rel, err)
	}
	return nil
}

// tableState turns the non-empty rows of one worksheet into a header and
// body rows.
type tableState struct {
	*streamer
	info   sheetInfo
	filler mergeFiller

	// candidate is the first non-empty row while it may still be a title.
	candidate *sheetRow
	header    *TableHeader
}

// add takes the next non-empty row.
func (t *tableState) add(row sheetRow) error {
	if t.header != nil {
		return t.body(row)
	}

	if t.candidate == nil {
		t.candidate = &row
		return nil
	}

	first := *t.candidate
	t.candidate = nil
	if first.filled == 1 && row.filled > 1 {
		if err := t.announce(row, singleValue(first)); err != nil {
			return err
		}
		return nil
	}

	if err := t.announce(first, ""); err != nil {
		return err
	}
	return t.body(row)
}

// finish announces a worksheet whose only non-empty row is its header.
func (t *tableState) finish() error {
	if t.candidate == nil {
		return nil
	}
	return t.announce(*t.candidate, "")
}

// announce makes row the header and reports the table. The table spans
// from the first to the last non-blank header cell.
func (t *tableState) announce(row sheetRow, title string) error {
	first, last := 0, 0
	for i, v := range row.values {
		if filledValue(v) {
			if first == 0 {
				first = i + 1
			}
			last = i + 1
		}
	}
	if first == 0 {
		first, last = 1, max(len(row.values), 1)
	}

	header := make([]string, last-first+1)
	for i := range header {
		if first-1+i < len(row.values) {
			header[i] = strings.TrimSpace(row.values[first-1+i])
		}
	}

	t.header = &TableHeader{
		Sheet:       t.info.name,
		Index:       t.tables,
		Header:      header,
		FirstColumn: first,
		Title:       strings.TrimSpace(title),
		Location:    model.Location{Sheet: t.info.name, Cell: cellName(first, row.num)},
	}
	t.tables++
	return t.visit(*t.header, model.Row{Location: t.header.Location})
}

// body fits a row to the header columns and visits it. Cells left of the
// header are dropped and cells right of it kept, each with a problem.
func (t *tableState) body(row sheetRow) error {
	t.rows++
	if t.rows > t.maxRows {
		return fmt.Errorf("%s: more than %d rows, over the limit of %d rows (config key limits.max_rows): split the export or raise the limit: %w",
			t.rel, t.maxRows, t.maxRows, parsers.ErrLimit)
	}

	h := t.header
	width := len(h.Header)
	values := row.values

	for len(values) > h.FirstColumn-1+width && !filledValue(values[len(values)-1]) {
		values = values[:len(values)-1]
	}

	for col := 1; col < h.FirstColumn && col <= len(values); col++ {
		if filledValue(values[col-1]) {
			t.outside(cellName(col, row.num), "left of")
		}
	}
	if len(values) > h.FirstColumn-1+width {
		t.outside(cellName(len(values), row.num), "right of")
	}

	cells := make([]string, max(width, len(values)-(h.FirstColumn-1)))
	if h.FirstColumn-1 < len(values) {
		copy(cells, values[h.FirstColumn-1:])
	}

	loc := model.Location{Sheet: h.Sheet, Cell: cellName(h.FirstColumn, row.num)}
	return t.visit(*h, model.Row{Cells: cells, Location: loc})
}

func (t *tableState) outside(cell, side string) {
	t.problems.Add(kindLongRow, "warning", model.Location{Sheet: t.info.name, Cell: cell},
		"cell %s!%s is %s the header columns of its table, so it has no column name: give the column a header", t.info.name, cell, side)
}

// singleValue returns the one non-blank value of a title row.
func singleValue(row sheetRow) string {
	for _, v := range row.values {
		if filledValue(v) {
			return v
		}
	}
	return ""
}
