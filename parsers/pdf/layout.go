package pdf

import (
	"math"
	"slices"
	"strings"
	"unicode"
)

// Layout thresholds, in ems of the line's font size.
const (
	// baselineTolerance is how far apart two baselines may be and still
	// belong to one line; it admits superscripts and subscripts.
	baselineTolerance = 0.5

	// wordGap is the horizontal gap between two runs above which a space
	// separates them. Kerning stays well under it and the narrowest word
	// spaces of justified text stay above it.
	wordGap = 0.18

	// cellGap is the gap above which two runs are separate table cells or
	// columns rather than words of one sentence.
	cellGap = 2.0

	// duplicateOffset is how close two runs with the same text may start
	// and still be one word drawn twice, as some generators do for bold.
	duplicateOffset = 0.15
)

// line is one line of text on a page: runs that share a baseline, read
// left to right.
type line struct {
	page int

	// number is the 1-based position of the line on its page, counted from
	// the top.
	number int

	y, x, endX float64

	// size is the font size of the longest run.
	size float64

	// bold is true when every run with letters is in a bold font.
	bold bool

	// cells are the parts of the line separated by gaps wider than
	// cellGap; most lines have one.
	cells []cell

	// furniture marks a running header, footer or page number.
	furniture bool
}

// cell is a stretch of a line without wide gaps.
type cell struct {
	text    string
	x, endX float64
}

// text returns the line's cells joined by single spaces.
func (l *line) text() string {
	parts := make([]string, len(l.cells))
	for i, c := range l.cells {
		parts[i] = c.text
	}
	return strings.Join(parts, " ")
}

// layoutPage groups the runs of one page into lines, top to bottom.
func layoutPage(page int, runs []run) []*line {
	order := make([]int, len(runs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return compareFloat(runs[b].y, runs[a].y)
	})

	var lines []*line
	var current []run
	anchor := 0.0
	for _, i := range order {
		r := runs[i]
		if len(current) > 0 && anchor-r.y <= baselineTolerance*math.Min(current[0].size, r.size) {
			current = append(current, r)
			continue
		}
		if l := buildLine(page, current); l != nil {
			lines = append(lines, l)
		}
		current = []run{r}
		anchor = r.y
	}
	if l := buildLine(page, current); l != nil {
		lines = append(lines, l)
	}

	for i, l := range lines {
		l.number = i + 1
	}
	return lines
}

// buildLine orders the runs of one line left to right and joins them into
// cells, inserting a space wherever the gap between two runs is wider than
// wordGap, or where the runs come from different content streams.
func buildLine(page int, runs []run) *line {
	if len(runs) == 0 {
		return nil
	}
	slices.SortStableFunc(runs, func(a, b run) int { return compareFloat(a.x, b.x) })

	l := &line{page: page, y: runs[0].y, x: runs[0].x, bold: true}
	longest := 0
	hasLetters := false

	var text strings.Builder
	cellStart, end := runs[0].x, runs[0].x
	flush := func() {
		if t := collapseSpaces(text.String()); t != "" {
			l.cells = append(l.cells, cell{text: t, x: cellStart, endX: end})
		}
		text.Reset()
	}

	for i, r := range runs {
		if i > 0 {
			prev := runs[i-1]
			if r.text == prev.text && math.Abs(r.x-prev.x) < duplicateOffset*r.size {
				continue
			}

			gap := r.x - end
			size := math.Max(prev.size, r.size)
			switch {
			case gap > cellGap*size:
				flush()
				cellStart = r.x
			case gap > wordGap*size || r.stream != prev.stream:
				text.WriteByte(' ')
			}
		}

		text.WriteString(r.text)
		end = math.Max(end, r.endX)
		if n := len(strings.TrimSpace(r.text)); n > longest {
			longest = n
			l.size = r.size
		}
		if strings.IndexFunc(r.text, unicode.IsLetter) >= 0 {
			hasLetters = true
			l.bold = l.bold && r.bold
		}
	}
	flush()

	if len(l.cells) == 0 {
		return nil
	}
	l.bold = l.bold && hasLetters
	l.endX = end
	mergeBulletCell(l)
	return l
}

// mergeBulletCell joins a cell that holds only a bullet to the cell after
// it, because a bullet set apart by a tab stop is not a table column.
func mergeBulletCell(l *line) {
	if len(l.cells) < 2 || !isBulletMarker(l.cells[0].text) {
		return
	}
	merged := cell{text: l.cells[0].text + " " + l.cells[1].text, x: l.cells[0].x, endX: l.cells[1].endX}
	l.cells = append([]cell{merged}, l.cells[2:]...)
}

// collapseSpaces trims s and folds each run of white space to one space.
func collapseSpaces(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func compareFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
