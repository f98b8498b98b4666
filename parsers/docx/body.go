package docx

import (
	"context"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/soc2lint/soc2lint/parsers/ooxml"
)

// maxDepth is the deepest element nesting read in document.xml. A subtree
// deeper than maxDepth is skipped and reported. Word documents nest far
// less: the text of a table nested in a table is 11 elements deep
// (document, body, tbl, tr, tc, tbl, tr, tc, p, r, t).
const maxDepth = 256

// ctxCheckTokens is how many XML tokens are read between two checks of the
// context.
const ctxCheckTokens = 4096

// skipped are the elements whose content is not text of the body: deleted
// and moved-away text, field instructions, properties, drawings (text boxes
// included) and the fallback copy of alternate content.
//
// TODO: text boxes, footnotes, comments, headers and footers are not read.
var skipped = map[string]bool{
	"del": true, "moveFrom": true, "delText": true, "instrText": true, "delInstrText": true,
	"rPr": true, "sectPr": true, "tblPr": true, "tblGrid": true, "tblPrEx": true,
	"sdtPr": true, "sdtEndPr": true, "customXmlPr": true, "smartTagPr": true,
	"drawing": true, "pict": true, "object": true, "txbxContent": true, "Fallback": true,
}

// paragraph is one w:p of the body.
type paragraph struct {
	// ordinal is the 1-based position of the paragraph among all paragraphs
	// of the body, table cells included.
	ordinal int

	// text is the visible text, one line per line break, trimmed.
	text string

	style string

	// outline is the paragraph's own w:outlineLvl plus one, 0 when not set.
	outline int

	// numbering is 1 when the paragraph has a w:numPr with a numbering, -1
	// when its numId is 0 (numbering removed), 0 when it has none.
	numbering int
}

// table is one w:tbl with its rows.
type table struct {
	rows []*tableRow
}

type tableRow struct {
	// ordinal is the ordinal of the row's first paragraph.
	ordinal int

	// gridBefore is the count of grid columns skipped before the first cell.
	gridBefore int
	cells      []*tableCell
}

type tableCell struct {
	blocks []block

	// span is the count of grid columns the cell covers (w:gridSpan).
	span int

	// continued is set when the cell continues a vertical merge from the
	// row above (w:vMerge without "restart").
	continued bool
}

// block is a paragraph or a table.
type block struct {
	para  *paragraph
	table *table
}

// openParagraph is a paragraph whose end tag has not been read yet.
type openParagraph struct {
	paragraph
	text strings.Builder
}

// bodyReader streams document.xml and hands each top-level block to emit.
// A table is handed over whole when its end tag is read, with the blocks
// of its cells.
type bodyReader struct {
	ctx  context.Context
	d    *xml.Decoder
	emit func(block)

	tokens  int
	ordinal int
	depth   int
	inText  int

	paragraphs []*openParagraph
	tables     []*table

	// fields holds one entry per open complex field: true while its
	// instruction is read, false once its result starts.
	fields       []bool
	instructions int

	// deep counts subtrees skipped for nesting deeper than maxDepth, and
	// deepOrdinal is the paragraph before the first of them.
	deep        int
	deepOrdinal int
}

// read consumes the whole part.
func (r *bodyReader) read() error {
	for {
		tok, err := r.d.Token()
		if errors.Is(err, io.EOF) {
			if r.depth != 0 {
				return io.ErrUnexpectedEOF
			}
			return nil
		}
		if err != nil {
			return err
		}

		if r.tokens++; r.tokens%ctxCheckTokens == 0 {
			if err := r.ctx.Err(); err != nil {
				return err
			}
		}

		switch t := tok.(type) {
		case xml.StartElement:
			err = r.start(t)
		case xml.EndElement:
			r.end(t)
		case xml.CharData:
			if r.inText > 0 && r.instructions == 0 {
				r.write(string(t))
			}
		}
		if err != nil {
			return err
		}
	}
}

// start handles a start tag. Elements it consumes whole, such as the
// properties it reads and the skipped ones, leave the depth unchanged.
func (r *bodyReader) start(t xml.StartElement) error {
	local := t.Name.Local
	if r.depth >= maxDepth {
		if r.deep == 0 {
			r.deepOrdinal = r.ordinal
		}
		r.deep++
		return ooxml.SkipElement(r.d)
	}
	if skipped[local] {
		return ooxml.SkipElement(r.d)
	}

	switch local {
	case "pPr":
		if p := r.paragraph(); p != nil {
			return readParagraphProperties(r.d, &p.paragraph)
		}
		return ooxml.SkipElement(r.d)
	case "trPr":
		if row := r.row(); row != nil {
			return readRowProperties(r.d, row)
		}
		return ooxml.SkipElement(r.d)
	case "tcPr":
		if cell := r.cell(); cell != nil {
			return readCellProperties(r.d, cell)
		}
		return ooxml.SkipElement(r.d)
	}

	r.depth++
	switch local {
	case "p":
		r.ordinal++
		r.paragraphs = append(r.paragraphs, &openParagraph{paragraph: paragraph{ordinal: r.ordinal}})
	case "t":
		r.inText++
	case "tab", "ptab":
		r.write(" ")
	case "br", "cr":
		r.write("\n")
	case "noBreakHyphen":
		r.write("-")
	case "sym":
		r.write(symbol(attr(t, "char")))
	case "fldChar":
		r.fieldChar(attr(t, "fldCharType"))
	case "tbl":
		r.tables = append(r.tables, &table{})
	case "tr":
		if tbl := r.table(); tbl != nil {
			tbl.rows = append(tbl.rows, &tableRow{ordinal: r.ordinal + 1})
		}
	case "tc":
		if row := r.row(); row != nil {
			row.cells = append(row.cells, &tableCell{span: 1})
		}
	}
	return nil
}

// end handles an end tag.
func (r *bodyReader) end(t xml.EndElement) {
	r.depth--

	switch t.Name.Local {
	case "t":
		r.inText = max(r.inText-1, 0)
	case "p":
		if n := len(r.paragraphs); n > 0 {
			p := r.paragraphs[n-1]
			r.paragraphs = r.paragraphs[:n-1]
			p.paragraph.text = cleanText(p.text.String())
			r.deliver(block{para: &p.paragraph})
		}
	case "tbl":
		if n := len(r.tables); n > 0 {
			tbl := r.tables[n-1]
			r.tables = r.tables[:n-1]
			r.deliver(block{table: tbl})
		}
	}
}

// deliver adds a finished block to the innermost open table cell, or hands
// it to emit at the top level. A block inside a table but outside any cell,
// which only a damaged file has, gets a cell of its own.
func (r *bodyReader) deliver(b block) {
	if len(r.tables) == 0 {
		r.emit(b)
		return
	}

	cell := r.cell()
	if cell == nil {
		tbl := r.table()
		row := &tableRow{ordinal: r.ordinal}
		cell = &tableCell{span: 1}
		row.cells = append(row.cells, cell)
		tbl.rows = append(tbl.rows, row)
	}
	cell.blocks = append(cell.blocks, b)
}

// write appends text to the innermost open paragraph.
func (r *bodyReader) write(s string) {
	if n := len(r.paragraphs); n > 0 && s != "" {
		r.paragraphs[n-1].text.WriteString(s)
	}
}

// fieldChar tracks complex fields. The text between "begin" and "separate"
// is the field instruction, which is hidden. The text between "separate"
// and "end" is the field result, which Word shows.
func (r *bodyReader) fieldChar(kind string) {
	switch kind {
	case "begin":
		r.fields = append(r.fields, true)
		r.instructions++
	case "separate":
		if n := len(r.fields); n > 0 && r.fields[n-1] {
			r.fields[n-1] = false
			r.instructions--
		}
	case "end":
		if n := len(r.fields); n > 0 {
			if r.fields[n-1] {
				r.instructions--
			}
			r.fields = r.fields[:n-1]
		}
	}
}

func (r *bodyReader) paragraph() *openParagraph {
	if n := len(r.paragraphs); n > 0 {
		return r.paragraphs[n-1]
	}
	return nil
}

func (r *bodyReader) table() *table {
	if n := len(r.tables); n > 0 {
		return r.tables[n-1]
	}
	return nil
}

func (r *bodyReader) row() *tableRow {
	tbl := r.table()
	if tbl == nil || len(tbl.rows) == 0 {
		return nil
	}
	return tbl.rows[len(tbl.rows)-1]
}

func (r *bodyReader) cell() *tableCell {
	row := r.row()
	if row == nil || len(row.cells) == 0 {
		return nil
	}
	return row.cells[len(row.cells)-1]
}

// symbolFontFirst and symbolFontLast bound the private-use code points that
// w:sym uses for glyphs of symbol fonts such as Wingdings.
const (
	symbolFontFirst = 0xF000
	symbolFontLast  = 0xF0FF
)

// symbol returns the character of a w:sym element, whose char attribute is
// a hexadecimal code point.
//
// NOTE: a glyph of a symbol font (Wingdings check boxes, Symbol bullets) has
// no Unicode meaning without the font's table, so it is dropped.
func symbol(char string) string {
	code, err := strconv.ParseUint(char, 16, 32)
	if err != nil || (code >= symbolFontFirst && code <= symbolFontLast) {
		return ""
	}
	c := rune(code)
	if !unicode.IsPrint(c) {
		return ""
	}
	return string(c)
}

// cleanText trims each line of a paragraph's text and drops empty lines.
func cleanText(s string) string {
	if !strings.Contains(s, "\n") {
		return strings.TrimSpace(s)
	}
	lines := strings.Split(s, "\n")
	kept := lines[:0]
	for _, line := range lines {
		if line = strings.TrimSpace(line); line != "" {
			kept = append(kept, line)
		}
	}
	return strings.Join(kept, "\n")
}
