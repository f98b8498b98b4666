package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/fatih/color"

	"github.com/soc2lint/soc2lint/finding"
)

// corpusLabel stands for the file of corpus-level findings in text output.
const corpusLabel = "(all documents)"

// Text writes findings grouped by file, one per line as
// `file:line: severity [rule-id] CC6.1: message`, then a per-category
// coverage table and a summary line. Suppressed findings are left out and
// only counted in the summary line.
type Text struct {
	// Color turns on ANSI colors; callers set it only for terminals.
	Color bool
}

// Write writes r as text.
func (t *Text) Write(w io.Writer, r *Report) error {
	p := &printer{w: w, colors: newPalette(t.Color)}

	current := "\x00"
	shown := 0
	for _, f := range r.Findings {
		if f.Suppressed() {
			continue
		}
		shown++
		if f.File != current {
			if current != "\x00" {
				p.printf("\n")
			}
			current = f.File
			p.printf("%s\n", p.colors.file.Sprint(fileLabel(f.File)))
		}
		criteria := ""
		if len(f.Criteria) > 0 {
			criteria = strings.Join(f.Criteria, ",") + ": "
		}
		p.printf("%s: %s [%s] %s%s\n",
			location(f), p.colors.severity(f.Severity), f.RuleID, criteria, f.Message)
	}
	if shown > 0 {
		p.printf("\n")
	}

	p.coverage(r)
	p.summary(r)
	return p.err
}

type printer struct {
	w      io.Writer
	colors palette
	err    error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

// coverage prints one line per in-scope category.
func (p *printer) coverage(r *Report) {
	type counts struct{ met, partial, missing int }
	byCategory := map[string]*counts{}
	for _, c := range r.Coverage {
		if c.Status == StatusNotApplicable {
			continue
		}
		n := byCategory[c.Category]
		if n == nil {
			n = &counts{}
			byCategory[c.Category] = n
		}
		switch c.Status {
		case StatusMet:
			n.met++
		case StatusPartial:
			n.partial++
		case StatusMissing:
			n.missing++
		}
	}
	if len(byCategory) == 0 {
		return
	}

	p.printf("Coverage by category (criteria met / partial / missing):\n")
	for _, category := range r.Scope.Categories {
		n := byCategory[category]
		if n == nil {
			continue
		}
		p.printf("  %-22s %3d met  %3d partial  %3d missing\n", category, n.met, n.partial, n.missing)
	}
	p.printf("\n")
}

// summary prints the closing line.
func (p *printer) summary(r *Report) {
	s := r.Summary
	text := fmt.Sprintf("%d %s (%d %s, %d %s, %d info) in %d %s",
		s.Findings, plural(s.Findings, "finding", "findings"),
		s.Errors, plural(s.Errors, "error", "errors"),
		s.Warnings, plural(s.Warnings, "warning", "warnings"),
		s.Info,
		s.Documents, plural(s.Documents, "document", "documents"))
	if s.Suppressed > 0 {
		text += fmt.Sprintf(", %d suppressed", s.Suppressed)
	}
	if b := r.Baseline; b != nil {
		p.printf("Compared with %s (%s): %d new, %d fixed, %d in the baseline.\n", b.Source, b.Mode, b.New, b.Fixed, b.Findings)
		text = "new: " + text
	}
	if s.Findings == 0 {
		p.printf("%s\n", p.colors.ok.Sprint(text))
		return
	}
	p.printf("%s\n", text)
}

// location formats where a finding is: file:line, file (page N), file
// (Sheet!A1), or the corpus label.
func location(f finding.Finding) string {
	label := fileLabel(f.File)
	switch {
	case f.Cell != "" && f.Sheet != "":
		return fmt.Sprintf("%s:%s!%s", label, f.Sheet, f.Cell)
	case f.Cell != "":
		return fmt.Sprintf("%s:%s", label, f.Cell)
	case f.Page > 0 && f.Line > 0:
		return fmt.Sprintf("%s:page %d:%d", label, f.Page, f.Line)
	case f.Page > 0:
		return fmt.Sprintf("%s:page %d", label, f.Page)
	case f.Line > 0:
		return fmt.Sprintf("%s:%d", label, f.Line)
	}
	return label
}

func fileLabel(file string) string {
	if file == "" {
		return corpusLabel
	}
	return file
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// palette holds the colors of text output.
type palette struct {
	file, err, warn, info, ok *color.Color
}

func newPalette(enabled bool) palette {
	p := palette{
		file: color.New(color.Bold, color.Underline),
		err:  color.New(color.FgRed, color.Bold),
		warn: color.New(color.FgYellow),
		info: color.New(color.FgCyan),
		ok:   color.New(color.FgGreen),
	}
	for _, c := range []*color.Color{p.file, p.err, p.warn, p.info, p.ok} {
		if enabled {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
	}
	return p
}

func (p palette) severity(severity string) string {
	switch severity {
	case finding.SeverityError:
		return p.err.Sprint(severity)
	case finding.SeverityWarning:
		return p.warn.Sprint(severity)
	}
	return p.info.Sprint(severity)
}
