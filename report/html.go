package report

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io"
	"strings"
)

// readinessTemplates holds the readiness report's page templates and style sheet.
//
//go:embed templates
var readinessTemplates embed.FS

// ReadinessFormats lists the formats of the readiness report, for flag help.
var ReadinessFormats = []string{"html", "markdown"}

// NewReadiness returns the readiness report writer for format.
func NewReadiness(format string) (Writer, error) {
	switch format {
	case "html":
		return HTML{}, nil
	case "markdown":
		return Markdown{}, nil
	}
	return nil, fmt.Errorf("unknown readiness report format %q; use one of %v", format, ReadinessFormats)
}

// HTML writes the readiness report as one self-contained HTML page. The
// style sheet is inline and the charts are inline SVG. The page loads nothing
// over the network, so it opens offline and can be mailed as one file.
// Labels are in r.Lang, or in English when r.Lang has no labels.
type HTML struct{}

// htmlPage is the view plus what only the HTML page needs.
type htmlPage struct {
	readinessView
	CSS           template.CSS
	CoverageChart template.HTML
	SeverityChart template.HTML
}

// Write writes r as HTML. Nothing is written when the template fails.
func (HTML) Write(w io.Writer, r *Report) error {
	cat := newCatalog(r.Lang)
	view := buildView(r, cat)

	css, err := readinessTemplates.ReadFile("templates/report.css")
	if err != nil {
		return fmt.Errorf("reading embedded style sheet: %w", err)
	}

	funcs := templateFuncs(cat)
	funcs["code"] = codeHTML

	tmpl, err := template.New("report.html.tmpl").
		Funcs(funcs).
		ParseFS(readinessTemplates, "templates/report.html.tmpl")
	if err != nil {
		return fmt.Errorf("parsing HTML report template: %w", err)
	}

	page := htmlPage{
		readinessView: view,
		CSS:           template.CSS(css),
		// The charts escape every text they contain (see esc in chart.go).
		CoverageChart: template.HTML(coverageChart(view.Scores, cat)),
		SeverityChart: template.HTML(severityChart(view.Severities, cat)),
	}

	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, page); err != nil {
		return fmt.Errorf("rendering HTML report: %w", err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// codeHTML escapes s for HTML and writes each `quoted` span as <code>, as
// rule messages and remediation text mark file keys and values. With an odd
// number of backticks the text is only escaped.
func codeHTML(s string) template.HTML {
	parts := strings.Split(s, "`")
	if len(parts)%2 == 0 {
		return template.HTML(template.HTMLEscapeString(s))
	}

	var b strings.Builder
	for i, part := range parts {
		if i%2 == 1 {
			b.WriteString("<code>" + template.HTMLEscapeString(part) + "</code>")
			continue
		}
		b.WriteString(template.HTMLEscapeString(part))
	}
	return template.HTML(b.String())
}

// templateFuncs are the functions both report templates call: t for a
// label, tf for a label with arguments, and join for a comma-separated list.
func templateFuncs(cat catalog) map[string]any {
	return map[string]any{
		"t":    cat.text,
		"tf":   cat.format,
		"join": func(items []string) string { return strings.Join(items, ", ") },
	}
}
