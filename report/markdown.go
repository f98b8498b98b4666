package report

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strings"
	"text/template"
)

// Characters of the text bars in Markdown output.
const (
	barMet     = "█"
	barPartial = "▓"
	barMissing = "░"

	// barWidth is the number of characters of a full bar.
	barWidth = 20
)

// Markdown writes the readiness report as GitHub-flavored Markdown: the same
// sections as the HTML page, with tables in place of the charts and a text
// bar per category.
type Markdown struct{}

// Write writes r as Markdown. Nothing is written when the template fails.
func (Markdown) Write(w io.Writer, r *Report) error {
	cat := newCatalog(r.Lang)
	view := buildView(r, cat)

	funcs := templateFuncs(cat)
	funcs["md"] = escapeMarkdown
	funcs["text"] = escapeText
	funcs["cell"] = escapeCell
	funcs["code"] = codeSpan
	funcs["bar"] = textBar
	funcs["barMet"] = func() string { return barMet }
	funcs["barPartial"] = func() string { return barPartial }
	funcs["barMissing"] = func() string { return barMissing }
	funcs["inc"] = func(i int) int { return i + 1 }

	tmpl, err := template.New("report.md.tmpl").Funcs(funcs).ParseFS(readinessTemplates, "templates/report.md.tmpl")
	if err != nil {
		return fmt.Errorf("parsing Markdown report template: %w", err)
	}

	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, view); err != nil {
		return fmt.Errorf("rendering Markdown report: %w", err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// textBar draws s as barWidth characters: met, then partial, then missing,
// each as many as its share of the criteria. Shares are rounded by largest
// remainder so the three always add up to barWidth.
func textBar(s scoreRow) string {
	if s.Criteria == 0 {
		return strings.Repeat(barMissing, barWidth)
	}

	counts := []int{s.Met, s.Partial, s.Missing}
	widths := make([]int, len(counts))
	remainders := make([]float64, len(counts))
	used := 0
	for i, count := range counts {
		exact := float64(barWidth) * float64(count) / float64(s.Criteria)
		widths[i] = int(math.Floor(exact))
		remainders[i] = exact - float64(widths[i])
		used += widths[i]
	}
	for ; used < barWidth; used++ {
		largest := 0
		for i := range remainders {
			if remainders[i] > remainders[largest] {
				largest = i
			}
		}
		widths[largest]++
		remainders[largest] = -1
	}

	return strings.Repeat(barMet, widths[0]) + strings.Repeat(barPartial, widths[1]) + strings.Repeat(barMissing, widths[2])
}

// markdownEscaper backslash-escapes the characters that would start
// emphasis, a link, code or HTML in running text, and joins lines.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "<", "&lt;", ">", "&gt;",
	"\r\n", " ", "\n", " ", "\r", " ",
)

// escapeMarkdown makes s literal text in a paragraph or list item.
func escapeMarkdown(s string) string {
	return markdownEscaper.Replace(s)
}

// escapeText makes s literal text like escapeMarkdown, but keeps each
// `quoted` span as inline code, as rule messages and remediation text mark
// file keys and values. With an odd number of backticks all is escaped.
func escapeText(s string) string {
	parts := strings.Split(s, "`")
	if len(parts)%2 == 0 {
		return escapeMarkdown(s)
	}

	var b strings.Builder
	for i, part := range parts {
		if i%2 == 1 {
			b.WriteString(codeSpan(part))
			continue
		}
		b.WriteString(escapeMarkdown(part))
	}
	return b.String()
}

// escapeCell makes s literal text in a table cell, where a pipe would end
// the cell.
func escapeCell(s string) string {
	return strings.ReplaceAll(escapeMarkdown(s), "|", `\|`)
}

// codeSpan writes s as inline code. When s contains backticks, the fence is
// one backtick longer than the longest run in s and padded with spaces. A
// pipe is escaped because GFM splits table cells before it parses code spans.
func codeSpan(s string) string {
	s = strings.NewReplacer("\r\n", " ", "\n", " ", "|", `\|`).Replace(s)
	if !strings.Contains(s, "`") {
		return "`" + s + "`"
	}

	longest, run := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	return fence + " " + s + " " + fence
}
