package pdf

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Structure thresholds. Sizes are in points; gaps in ems of the font size.
const (
	// headingSizeStep is how much larger than the body text a line must be
	// to count as a heading by size alone.
	headingSizeStep = 1.0

	// maxHeadingWords bounds the words of a heading; a longer line in a
	// large or bold font is emphasized prose.
	maxHeadingWords = 16

	// maxNumberedHeadingWords bounds the words of a heading recognized only
	// by its number, such as "3.2 Backups".
	maxNumberedHeadingWords = 10

	// firstLineGap is the largest baseline distance, in ems, between the
	// first two lines of one paragraph; after that the paragraph's own
	// spacing decides.
	firstLineGap = 1.6

	// spacingSlack is how much a baseline distance may exceed the
	// paragraph's first line spacing before it counts as a blank gap.
	spacingSlack = 1.25

	// columnTolerance is how far, in ems, a cell may start from a table
	// column and still belong to it.
	columnTolerance = 1.0

	// marginBand is the share of the page height at the top and at the
	// bottom where running headers, footers and page numbers sit.
	marginBand = 0.1
)

var (
	// numberedHeading matches "1. Purpose", "3.2 Backups" and "4.1.2 Keys";
	// the first group holds the number.
	numberedHeading = regexp.MustCompile(`^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+\p{Lu}`)

	// bulletMarker matches a bullet glyph and the space after it. Hyphens
	// and asterisks need the space; the other glyphs never start a word.
	bulletMarker = regexp.MustCompile(`^(?:[•◦▪▫●○■□‣⁃∙·➢➤►▸✓✔]\s*|[-–—*]\s+)`)

	// enumeratorMarker matches "a.", "a)", "(a)", "1)", "(1)", "iv)" and
	// "1." followed by a space.
	enumeratorMarker = regexp.MustCompile(`^(?:\(?[a-z]\)|[a-z]\.|\(?\d{1,2}\)|\(?[ivx]{1,4}\)|\d{1,2}\.)\s+`)

	// pageNumber matches a line that is only a page number, with digits
	// already replaced by '#'.
	pageNumber = regexp.MustCompile(`^(?:page\s*)?#+(?:\s*(?:of|/)\s*#+)?$`)
)

// blockKind is the role of a block of lines.
type blockKind int

const (
	blockParagraph blockKind = iota
	blockHeading
	blockListItem
	blockTable
	blockFurniture
)

// block is a run of lines read as one unit of the document.
type block struct {
	kind  blockKind
	lines []*line

	// numberDepth is the depth of a heading's number ("3.2" is 2), or 0.
	numberDepth int

	// level is a heading's level, 1 for the top.
	level int

	table *tableBlock
}

// tableBlock holds the rows of a table as cells under column positions.
type tableBlock struct {
	columns []float64
	rows    [][]string
	lines   []*line // the first line of each row
	size    float64

	// consumed holds every line read into the table, wrapped cell lines
	// included.
	consumed []*line
}

// lineClass is the role a single line suggests before grouping.
type lineClass int

const (
	classText lineClass = iota
	classHeading
	classNumberedHeading
	classBullet
	classRow
)

// structurer groups lines into blocks.
type structurer struct {
	bodySize float64
	bodyBold bool

	blocks []*block
	open   *block // the paragraph, list item or heading lines may join
	table  *block // the table rows may join
}

// buildBlocks reads the lines of all pages, in order, into blocks.
func buildBlocks(pages [][]*line, bounds []pageRef) []*block {
	markFurniture(pages, bounds)

	s := &structurer{}
	s.bodySize, s.bodyBold = bodyFont(pages)

	for _, lines := range pages {
		s.open = nil
		for _, l := range lines {
			if l.furniture {
				s.blocks = append(s.blocks, &block{kind: blockFurniture, lines: []*line{l}})
				continue
			}
			s.add(l)
		}
	}
	s.closeTable()

	assignLevels(s.blocks)
	return s.blocks
}

// add places one line: in the open table, the open block, or a new block.
func (s *structurer) add(l *line) {
	if s.table != nil {
		if s.extendTable(l) {
			return
		}
		s.closeTable()
	}

	class, depth := s.classify(l)
	if class == classNumberedHeading && s.continuesParagraph(l) {
		class = classText
	}

	switch class {
	case classHeading, classNumberedHeading:
		if class == classHeading && s.open != nil && s.open.kind == blockHeading && s.open.numberDepth == 0 && continuesHeading(s.open, l) {
			s.open.lines = append(s.open.lines, l)
			return
		}
		s.start(&block{kind: blockHeading, lines: []*line{l}, numberDepth: depth})
	case classBullet:
		s.start(&block{kind: blockListItem, lines: []*line{l}})
	case classRow:
		s.open = nil
		s.table = &block{kind: blockTable, table: newTable(l)}
	default:
		if s.open != nil && (s.open.kind == blockParagraph || s.open.kind == blockListItem) && continuesBlock(s.open, l) {
			s.open.lines = append(s.open.lines, l)
			return
		}
		s.start(&block{kind: blockParagraph, lines: []*line{l}})
	}
}

func (s *structurer) start(b *block) {
	s.blocks = append(s.blocks, b)
	s.open = b
}

// classify returns whether a line is a heading, a list item, a table row or
// plain text, and the depth of a heading's number.
func (s *structurer) classify(l *line) (lineClass, int) {
	if len(l.cells) > 1 {
		return classRow, 0
	}

	text := l.cells[0].text
	if bulletMarker.MatchString(text) && listMarkerLength(text) > 0 {
		return classBullet, 0
	}

	words := len(strings.Fields(text))
	if words > maxHeadingWords || strings.IndexFunc(text, unicode.IsLetter) < 0 || endsClause(text) {
		return s.listOrText(text), 0
	}

	depth := 0
	if m := numberedHeading.FindStringSubmatch(text); m != nil {
		depth = strings.Count(m[1], ".") + 1
	}

	larger := l.size >= s.bodySize+headingSizeStep
	bolder := l.bold && !s.bodyBold && l.size >= s.bodySize-0.5
	if larger || bolder {
		return classHeading, depth
	}
	if depth > 0 && words <= maxNumberedHeadingWords {
		return classNumberedHeading, depth
	}
	return s.listOrText(text), 0
}

// listOrText classifies a line that is not a heading.
func (s *structurer) listOrText(text string) lineClass {
	if listMarkerLength(text) > 0 {
		return classBullet
	}
	return classText
}

// continuesParagraph reports whether l, which looks like a numbered
// heading only by its leading number, is rather the next line of the open
// paragraph, as in a sentence wrapped before "12 Months".
func (s *structurer) continuesParagraph(l *line) bool {
	if s.open == nil || s.open.kind != blockParagraph {
		return false
	}
	last := s.open.lines[len(s.open.lines)-1]
	return !endsSentence(last.text()) && continuesBlock(s.open, l)
}

// continuesBlock reports whether l is the next line of the paragraph or
// list item b: on the same page, in a similar font, and no further below
// than the block's line spacing allows. A list item's later lines must be
// indented past its marker.
func continuesBlock(b *block, l *line) bool {
	first, last := b.lines[0], b.lines[len(b.lines)-1]
	if l.page != last.page || math.Abs(l.size-last.size) > 1 {
		return false
	}

	gap := last.y - l.y
	size := math.Max(l.size, last.size)
	if gap <= 0 || gap > firstLineGap*size {
		return false
	}
	if len(b.lines) > 1 {
		spacing := b.lines[0].y - b.lines[1].y
		if gap > spacing*spacingSlack+0.5 {
			return false
		}
	}

	if b.kind == blockListItem && l.x < first.x+0.5*first.size {
		return false
	}
	return true
}

// continuesHeading reports whether l is the second line of a wrapped
// heading: same font, right below it.
func continuesHeading(b *block, l *line) bool {
	last := b.lines[len(b.lines)-1]
	return l.page == last.page &&
		math.Abs(l.size-last.size) <= 0.5 &&
		l.bold == last.bold &&
		last.y-l.y > 0 && last.y-l.y <= firstLineGap*l.size
}

// newTable starts a table from its first row.
func newTable(l *line) *tableBlock {
	t := &tableBlock{size: l.size}
	row := make([]string, len(l.cells))
	for i, c := range l.cells {
		t.columns = append(t.columns, c.x)
		row[i] = c.text
	}
	t.rows = append(t.rows, row)
	t.lines = append(t.lines, l)
	t.consumed = append(t.consumed, l)
	return t
}

// extendTable adds l to the open table when its cells start under the
// table's columns. A line right below the previous one that fills fewer
// cells than the table has columns continues the last row's wrapped cells.
// Any other line of two cells or more is a new row.
func (s *structurer) extendTable(l *line) bool {
	t := s.table.table
	columns := make([]int, len(l.cells))
	for i, c := range l.cells {
		columns[i] = t.column(c.x)
		if columns[i] < 0 {
			return false
		}
	}

	last := t.consumed[len(t.consumed)-1]
	wrapped := len(l.cells) < len(t.columns) && l.page == last.page && last.y-l.y <= firstLineGap*t.size
	if len(l.cells) < 2 && !wrapped {
		return false
	}

	t.consumed = append(t.consumed, l)
	if wrapped {
		row := t.rows[len(t.rows)-1]
		for i, c := range l.cells {
			row[columns[i]] = strings.TrimSpace(row[columns[i]] + " " + c.text)
		}
		return true
	}

	row := make([]string, len(t.columns))
	for i, c := range l.cells {
		row[columns[i]] = strings.TrimSpace(row[columns[i]] + " " + c.text)
	}
	t.rows = append(t.rows, row)
	t.lines = append(t.lines, l)
	return true
}

// column returns the index of the column that starts near x, or -1.
func (t *tableBlock) column(x float64) int {
	for i, start := range t.columns {
		if math.Abs(x-start) <= columnTolerance*t.size {
			return i
		}
	}
	return -1
}

// closeTable emits the open table. A single row is no table: its line
// becomes a paragraph of its own.
func (s *structurer) closeTable() {
	if s.table == nil {
		return
	}
	t := s.table
	s.table = nil

	if len(t.table.rows) >= 2 {
		s.blocks = append(s.blocks, t)
		s.open = nil
		return
	}
	s.start(&block{kind: blockParagraph, lines: t.table.consumed})
}

// assignLevels sets heading levels from font size and weight, larger and
// bolder first, and within one font from the depth of the heading number.
func assignLevels(blocks []*block) {
	type style struct {
		size float64
		bold bool
	}
	styleOf := func(b *block) style {
		return style{size: math.Round(b.lines[0].size*2) / 2, bold: b.lines[0].bold}
	}

	var styles []style
	minDepth := map[style]int{}
	for _, b := range blocks {
		if b.kind != blockHeading {
			continue
		}
		st := styleOf(b)
		if _, seen := minDepth[st]; !seen {
			styles = append(styles, st)
			minDepth[st] = b.numberDepth
		}
		if b.numberDepth > 0 && (minDepth[st] == 0 || b.numberDepth < minDepth[st]) {
			minDepth[st] = b.numberDepth
		}
	}

	// Styles sort by size, then bold before regular.
	sortStyles := func(a, b style) int {
		if a.size != b.size {
			return compareFloat(b.size, a.size)
		}
		if a.bold != b.bold {
			if a.bold {
				return -1
			}
			return 1
		}
		return 0
	}
	slices.SortFunc(styles, sortStyles)

	rank := map[style]int{}
	for i, st := range styles {
		rank[st] = i + 1
	}

	for _, b := range blocks {
		if b.kind != blockHeading {
			continue
		}
		st := styleOf(b)
		b.level = rank[st]
		if b.numberDepth > 0 && minDepth[st] > 0 {
			b.level += b.numberDepth - minDepth[st]
		}
	}
}

// markFurniture marks running headers, footers and page numbers: lines in
// the top or bottom band of the page whose text, with digits masked,
// repeats on two pages or more, and lines there that are only a page
// number.
func markFurniture(pages [][]*line, bounds []pageRef) {
	inBand := func(l *line, page pageRef) bool {
		band := (page.top - page.bottom) * marginBand
		return l.y >= page.top-band || l.y <= page.bottom+band
	}

	seen := map[string]map[int]bool{}
	for i, lines := range pages {
		for _, l := range lines {
			if !inBand(l, bounds[i]) {
				continue
			}
			key := furnitureKey(l)
			if seen[key] == nil {
				seen[key] = map[int]bool{}
			}
			seen[key][i] = true
		}
	}

	for i, lines := range pages {
		for _, l := range lines {
			if !inBand(l, bounds[i]) {
				continue
			}
			key := furnitureKey(l)
			l.furniture = pageNumber.MatchString(key) || (len(pages) > 1 && len(seen[key]) > 1)
		}
	}
}

func furnitureKey(l *line) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '#'
		}
		return unicode.ToLower(r)
	}, l.text())
}

// bodyFont returns the font size and weight that most characters use.
func bodyFont(pages [][]*line) (float64, bool) {
	type style struct {
		size float64
		bold bool
	}
	counts := map[style]int{}
	for _, lines := range pages {
		for _, l := range lines {
			st := style{size: math.Round(l.size*2) / 2, bold: l.bold}
			counts[st] += utf8.RuneCountInString(l.text())
		}
	}

	best, bestCount := style{}, -1
	for st, n := range counts {
		if n > bestCount || n == bestCount && st.size < best.size {
			best, bestCount = st, n
		}
	}
	return best.size, best.bold
}

// listMarkerLength returns the length in bytes of the bullet or enumerator
// that starts text, or 0.
func listMarkerLength(text string) int {
	if m := bulletMarker.FindString(text); m != "" && len(m) < len(text) {
		return len(m)
	}
	if m := enumeratorMarker.FindString(text); m != "" {
		return len(m)
	}
	return 0
}

// isBulletMarker reports whether text is only a bullet glyph or
// enumerator, drawn apart from the item's text.
func isBulletMarker(text string) bool {
	text = strings.TrimSpace(text)
	if text == "" {
		return false
	}
	return bulletMarker.MatchString(text+" ") && utf8.RuneCountInString(text) == 1 ||
		enumeratorMarker.MatchString(text+" ")
}

// endsClause reports whether text ends with punctuation that closes a
// sentence or clause, which headings do not.
func endsClause(text string) bool {
	return strings.HasSuffix(text, ".") || strings.HasSuffix(text, ",") || strings.HasSuffix(text, ";")
}

func endsSentence(text string) bool {
	text = strings.TrimRight(text, `"')]”’`)
	return strings.HasSuffix(text, ".") || strings.HasSuffix(text, ":") || strings.HasSuffix(text, ";") ||
		strings.HasSuffix(text, "!") || strings.HasSuffix(text, "?")
}
