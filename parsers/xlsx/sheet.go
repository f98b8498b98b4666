package xlsx

import (
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers/ooxml"
	"github.com/soc2lint/soc2lint/parsers/problems"
)

// sheetRow is one row element of a worksheet with its cells placed by
// column.
type sheetRow struct {
	// num is the 1-based row number.
	num int

	// values holds the cell values, values[i] for column i+1.
	values []string

	// filled counts the cells with a non-blank value or a formula without
	// a cached value; a row with none carries only formatting.
	filled int
}

// sheetReader streams the rows of one worksheet part.
type sheetReader struct {
	d        *xml.Decoder
	sheet    string
	strings  *sharedStrings
	styles   []dateKind
	date1904 bool
	problems *problems.Collector

	inData bool
	done   bool
	row    int
}

// next returns the next row element, or io.EOF after the last one.
func (r *sheetReader) next() (sheetRow, error) {
	for !r.done {
		tok, err := r.d.RawToken()
		if errors.Is(err, io.EOF) {
			r.done = true
			break
		}
		if err != nil {
			return sheetRow{}, err
		}

		switch el := tok.(type) {
		case xml.StartElement:
			switch {
			case el.Name.Local == "sheetData":
				r.inData = true
			case el.Name.Local == "row" && r.inData:
				return r.readRow(el)
			}
		case xml.EndElement:
			// The merged ranges after sheetData come from scanMerges, and
			// nothing else after it is needed, so the stream stops here.
			if el.Name.Local == "sheetData" {
				r.done = true
			}
		}
	}
	return sheetRow{}, io.EOF
}

// readRow reads the cells of the row element that start opens. Cells go to
// the column their reference names, whatever order they are stored in; a
// cell without a reference follows the previous one.
func (r *sheetReader) readRow(start xml.StartElement) (sheetRow, error) {
	r.row++
	if v, ok := ooxml.Attr(start, "r"); ok {
		if n, err := strconv.Atoi(v); err == nil && n > 0 && n <= excelize.TotalRows {
			r.row = n
		}
	}

	row := sheetRow{num: r.row}
	col := 0
	for {
		tok, err := r.d.RawToken()
		if err != nil {
			return sheetRow{}, unexpectedEOF(err)
		}

		switch el := tok.(type) {
		case xml.StartElement:
			if el.Name.Local != "c" {
				if err := ooxml.SkipRawElement(r.d); err != nil {
					return sheetRow{}, unexpectedEOF(err)
				}
				continue
			}
			c, err := r.readCell(el, col+1)
			if err != nil {
				return sheetRow{}, err
			}
			if c.col == 0 {
				continue
			}
			col = c.col
			row.place(c)
		case xml.EndElement:
			if el.Name.Local == "row" {
				return row, nil
			}
		}
	}
}

// place stores the value of c in the row.
func (row *sheetRow) place(c cellValue) {
	for len(row.values) < c.col {
		row.values = append(row.values, "")
	}

	previous := row.values[c.col-1]
	if filledValue(previous) {
		row.filled--
	}

	row.values[c.col-1] = c.text
	if filledValue(c.text) || c.uncached {
		row.filled++
	}
}

func filledValue(s string) bool {
	return strings.TrimSpace(s) != ""
}

// cellValue is a read cell. col is 0 for a cell that was dropped.
type cellValue struct {
	col      int
	text     string
	uncached bool
}

// rawCell holds the parts of a c element.
type rawCell struct {
	ref, style, kind string
	value            strings.Builder
	inline           string
	hasValue         bool
	hasInline        bool
	hasFormula       bool
	formula          string
}

// readCell reads the c element that start opens. col is the column to use
// when the element has no reference.
func (r *sheetReader) readCell(start xml.StartElement, col int) (cellValue, error) {
	var c rawCell
	for _, a := range start.Attr {
		switch a.Name.Local {
		case "r":
			c.ref = a.Value
		case "s":
			c.style = a.Value
		case "t":
			c.kind = a.Value
		}
	}

	if err := r.readCellChildren(&c); err != nil {
		return cellValue{}, err
	}

	if c.ref != "" {
		refCol, _, err := excelize.CellNameToCoordinates(c.ref)
		if err != nil {
			r.problems.Add(kindCellRef, "warning", model.Location{Sheet: r.sheet},
				"cell reference %q in row %d of sheet %q is invalid, so the cell was ignored: save the workbook again in a spreadsheet program",
				c.ref, r.row, r.sheet)
			return cellValue{}, nil
		}
		col = refCol
	}
	if col > excelize.MaxColumns {
		return cellValue{}, nil
	}

	return r.cellText(&c, col), nil
}

// readCellChildren reads the v, f and is children of a c element.
func (r *sheetReader) readCellChildren(c *rawCell) error {
	for {
		tok, err := r.d.RawToken()
		if err != nil {
			return unexpectedEOF(err)
		}

		switch el := tok.(type) {
		case xml.StartElement:
			switch el.Name.Local {
			case "v":
				c.hasValue = true
				if err := readText(r.d, &c.value); err != nil {
					return err
				}
			case "f":
				c.hasFormula = true
				var formula strings.Builder
				if err := readText(r.d, &formula); err != nil {
					return err
				}
				c.formula = formula.String()
			case "is":
				text, err := readRichText(r.d)
				if err != nil {
					return unexpectedEOF(err)
				}
				c.inline, c.hasInline = text, true
			default:
				if err := ooxml.SkipRawElement(r.d); err != nil {
					return unexpectedEOF(err)
				}
			}
		case xml.EndElement:
			if el.Name.Local == "c" {
				return nil
			}
		}
	}
}

// readText appends the character data of the element just opened to b.
func readText(d *xml.Decoder, b *strings.Builder) error {
	for {
		tok, err := d.RawToken()
		if err != nil {
			return unexpectedEOF(err)
		}
		switch el := tok.(type) {
		case xml.CharData:
			b.Write(el)
		case xml.StartElement:
			if err := ooxml.SkipRawElement(d); err != nil {
				return unexpectedEOF(err)
			}
		case xml.EndElement:
			return nil
		}
	}
}

// cellText turns a raw cell into the text a spreadsheet program shows.
func (r *sheetReader) cellText(c *rawCell, col int) cellValue {
	out := cellValue{col: col}
	name := cellName(col, r.row)
	loc := model.Location{Sheet: r.sheet, Cell: name}

	if c.hasFormula && !c.hasValue && !c.hasInline {
		out.uncached = true
		formula := ""
		if c.formula != "" {
			formula = " =" + c.formula
		}
		r.problems.Add(kindFormula, "warning", loc,
			"cell %s!%s has the formula%s but no cached value, so it was read as empty: open the workbook in a spreadsheet program and save it to store the calculated values",
			r.sheet, name, formula)
		return out
	}

	value := c.value.String()
	switch c.kind {
	case "s":
		index, err := strconv.Atoi(strings.TrimSpace(value))
		if err != nil || index < 0 || index >= r.strings.len() {
			r.problems.Add(kindSharedString, "warning", loc,
				"cell %s!%s refers to shared string %q, which does not exist, so it was read as empty: save the workbook again in a spreadsheet program",
				r.sheet, name, value)
			return out
		}
		out.text = r.strings.get(index)
	case "inlineStr":
		out.text = c.inline
		if !c.hasInline {
			out.text = decodeEscapes(value)
		}
	case "str", "e":
		out.text = decodeEscapes(value)
	case "b":
		out.text = booleanText(value)
	case "d":
		text, ok := isoCellValue(value, r.styleKind(c.style))
		if !ok {
			r.problems.Add(kindDate, "warning", loc,
				"cell %s!%s is typed as a date but holds %q, which is not an ISO 8601 date, so it was read as text", r.sheet, name, value)
			text = value
		}
		out.text = text
	default:
		out.text = r.numberText(value, c.style)
	}
	return out
}

// numberText shows a numeric value: as an ISO date or time under a date
// format, else as a General number.
func (r *sheetReader) numberText(value, style string) string {
	if kind := r.styleKind(style); kind != notDate {
		if serial, err := strconv.ParseFloat(strings.TrimSpace(value), 64); err == nil {
			if text, ok := serialToISO(serial, kind, r.date1904); ok {
				return text
			}
		}
	}
	return formatNumber(value)
}

// styleKind returns the date kind of the style index s, notDate when the
// index is absent or out of range.
func (r *sheetReader) styleKind(s string) dateKind {
	if s == "" {
		return notDate
	}
	i, err := strconv.Atoi(s)
	if err != nil || i < 0 || i >= len(r.styles) {
		return notDate
	}
	return r.styles[i]
}

func booleanText(v string) string {
	switch strings.TrimSpace(v) {
	case "1", "true":
		return "TRUE"
	case "0", "false":
		return "FALSE"
	}
	return v
}

// cellName returns the A1-style name of a cell.
func cellName(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		return strconv.Itoa(col) + ":" + strconv.Itoa(row)
	}
	return name
}

// columnName returns the letters of a 1-based column number.
func columnName(col int) string {
	name, err := excelize.ColumnNumberToName(col)
	if err != nil {
		return strconv.Itoa(col)
	}
	return name
}

// unexpectedEOF turns an end of input inside an element into an error.
func unexpectedEOF(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}
