package report

import (
	"fmt"
	"html"
	"strings"
)

// Chart colors. Each status and severity has its own color so a chart reads
// without its legend, and the text labels carry the same facts for readers
// who cannot tell the colors apart.
const (
	colorMet      = "#2e7d32"
	colorPartial  = "#f2a900"
	colorMissing  = "#c62828"
	colorError    = "#b3261e"
	colorWarning  = "#e37400"
	colorInfo     = "#1a73e8"
	colorBarTrack = "#eceff1"
)

// Chart geometry in SVG user units (CSS pixels at 100% zoom).
const (
	chartWidth  = 760
	chartLabelW = 200
	chartBarW   = 440
	chartRowH   = 26
	chartRowGap = 12
	chartTop    = 8
	legendH     = 30

	// minLabelWidth is the narrowest segment that gets its count written
	// inside it.
	minLabelWidth = 24
)

// segment is one part of a stacked bar.
type segment struct {
	class string
	color string
	label string
	count int
}

// coverageChart draws one stacked bar per category: criteria met, partial
// and missing, each segment as wide as its share of the category's criteria.
// Each bar is a <g class="bar"> so tests and readers can count them.
func coverageChart(scores []scoreRow, cat catalog) string {
	height := chartTop + len(scores)*(chartRowH+chartRowGap) + legendH

	var b strings.Builder
	openSVG(&b, "chart-coverage", height, cat.label("chart.coverage.title"), cat.label("chart.coverage.desc"))

	for i, s := range scores {
		y := chartTop + i*(chartRowH+chartRowGap)
		fmt.Fprintf(&b, `<g class="bar" data-category="%s">`, esc(s.Category))
		rowLabel(&b, y, s.Name)
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s"/>`, chartLabelW, y, chartBarW, chartRowH, colorBarTrack)

		segments := []segment{
			{class: StatusMet, color: colorMet, label: cat.label("status.met"), count: s.Met},
			{class: StatusPartial, color: colorPartial, label: cat.label("status.partial"), count: s.Partial},
			{class: StatusMissing, color: colorMissing, label: cat.label("status.missing"), count: s.Missing},
		}
		x := float64(chartLabelW)
		for _, seg := range segments {
			if seg.count == 0 || s.Criteria == 0 {
				continue
			}
			width := float64(chartBarW) * float64(seg.count) / float64(s.Criteria)
			fmt.Fprintf(&b, `<rect class="segment %s" x="%.2f" y="%d" width="%.2f" height="%d" fill="%s"><title>%s: %d</title></rect>`,
				seg.class, x, y, width, chartRowH, seg.color, esc(seg.label), seg.count)
			if width >= minLabelWidth {
				fmt.Fprintf(&b, `<text x="%.2f" y="%d" text-anchor="middle" class="in-bar%s">%d</text>`,
					x+width/2, y+chartRowH/2+5, darkTextClass(seg.color), seg.count)
			}
			x += width
		}

		fmt.Fprintf(&b, `<text x="%d" y="%d" class="value">%s</text>`, chartLabelW+chartBarW+10, y+chartRowH/2+5, esc(cat.formatLabel("percent", s.Percent)))
		b.WriteString(`</g>`)
	}

	legend(&b, chartTop+len(scores)*(chartRowH+chartRowGap)+4, []segment{
		{color: colorMet, label: cat.label("status.met")},
		{color: colorPartial, label: cat.label("status.partial")},
		{color: colorMissing, label: cat.label("status.missing")},
	})
	b.WriteString(`</svg>`)
	return b.String()
}

// severityChart draws one bar per severity, as long as its share of the
// largest count. A severity with no findings still gets its row and a 0.
func severityChart(counts []severityCount, cat catalog) string {
	height := chartTop + len(counts)*(chartRowH+chartRowGap) + chartRowGap

	largest := 0
	for _, c := range counts {
		largest = max(largest, c.Count)
	}

	var b strings.Builder
	openSVG(&b, "chart-severity", height, cat.label("chart.severity.title"), cat.label("chart.severity.desc"))

	for i, c := range counts {
		y := chartTop + i*(chartRowH+chartRowGap)
		fmt.Fprintf(&b, `<g class="bar" data-severity="%s">`, esc(c.Severity))
		rowLabel(&b, y, c.Label)

		width := 0.0
		if largest > 0 {
			width = float64(chartBarW) * float64(c.Count) / float64(largest)
		}
		if width > 0 {
			fmt.Fprintf(&b, `<rect class="segment %s" x="%d" y="%d" width="%.2f" height="%d" fill="%s"><title>%s: %d</title></rect>`,
				esc(c.Severity), chartLabelW, y, width, chartRowH, severityColor(c.Severity), esc(c.Label), c.Count)
		}
		fmt.Fprintf(&b, `<text x="%.2f" y="%d" class="value">%d</text>`, float64(chartLabelW)+width+8, y+chartRowH/2+5, c.Count)
		b.WriteString(`</g>`)
	}

	b.WriteString(`</svg>`)
	return b.String()
}

// openSVG writes the <svg> start tag with an accessible title and
// description; id prefixes their element ids, so it must be unique in the
// page.
func openSVG(b *strings.Builder, id string, height int, title, desc string) {
	fmt.Fprintf(b, `<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="%s" role="img" aria-labelledby="%s-title %s-desc" viewBox="0 0 %d %d" width="%d" height="%d">`,
		id, id, id, chartWidth, height, chartWidth, height)
	fmt.Fprintf(b, `<title id="%s-title">%s</title><desc id="%s-desc">%s</desc>`, id, esc(title), id, esc(desc))
}

func rowLabel(b *strings.Builder, y int, label string) {
	fmt.Fprintf(b, `<text x="%d" y="%d" text-anchor="end" class="label">%s</text>`, chartLabelW-10, y+chartRowH/2+5, esc(label))
}

func legend(b *strings.Builder, y int, items []segment) {
	x := chartLabelW
	for _, item := range items {
		fmt.Fprintf(b, `<rect x="%d" y="%d" width="14" height="14" fill="%s"/>`, x, y+2, item.color)
		fmt.Fprintf(b, `<text x="%d" y="%d" class="legend">%s</text>`, x+20, y+14, esc(item.label))
		x += 40 + 9*len([]rune(item.label))
	}
}

func severityColor(severity string) string {
	switch severity {
	case "error":
		return colorError
	case "warning":
		return colorWarning
	}
	return colorInfo
}

// darkTextClass returns " dark" for fills light enough that white text on
// them would be hard to read.
func darkTextClass(fill string) string {
	if fill == colorPartial {
		return " dark"
	}
	return ""
}

// esc escapes text for an SVG element or attribute inside HTML.
func esc(s string) string {
	return html.EscapeString(s)
}
