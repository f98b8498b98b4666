package outline

import (
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/model"
)

// NewStatement returns a statement of the section at index section (-1 for
// none) with the annotation lists empty, for the annotate package to fill.
func NewStatement(text, source string, section int, sectionPath []string, loc model.Location) model.Statement {
	return model.Statement{
		Text:        text,
		Source:      source,
		Section:     section,
		SectionPath: sectionPath,
		Frequencies: []model.Frequency{},
		Durations:   []model.Duration{},
		Vague:       []string{},
		Location:    loc,
	}
}

// RowStatement writes a row as "Header: cell; Header: cell", skipping empty
// cells. A column whose header is empty is named by its 1-based position.
func RowStatement(header, cells []string) string {
	var b strings.Builder
	for i, cell := range cells {
		if cell == "" {
			continue
		}
		name := ""
		if i < len(header) {
			name = header[i]
		}
		if name == "" {
			name = strconv.Itoa(i + 1)
		}
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		b.WriteString(name)
		b.WriteString(": ")
		b.WriteString(cell)
	}
	return b.String()
}

// JoinNonEmpty joins the values that are not "" with sep.
func JoinNonEmpty(values []string, sep string) string {
	kept := make([]string, 0, len(values))
	for _, v := range values {
		if v != "" {
			kept = append(kept, v)
		}
	}
	return strings.Join(kept, sep)
}
