package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/fatih/color"

	"github.com/soc2lint/soc2lint/finding"
	"github.com/soc2lint/soc2lint/i18n"
)

// corpusLabel stands for the file of corpus-level findings in the English
// output of every writer; the text writer uses i18n.AllDocuments instead.
const corpusLabel = "(all documents)"

// Text writes findings grouped by file, one per line as
// `file:line: severity [rule-id] CC6.1: message`, then a per-category
// coverage table and a summary line. Suppressed findings are left out and
// only counted in the summary line. Labels, the coverage table and the
// summary line are in Lang; finding messages are in the language the run
// localized them to.
type Text struct {
	// Color turns on ANSI colors; callers set it only for terminals.
	Color bool

	// Lang is the language of the fixed strings: "en" or "es". When empty,
	// the report's Lang is used.
	Lang string
}

// Write writes r as text.
func (t *Text) Write(w io.Writer, r *Report) error {
	lang := t.Lang
	if lang == "" {
		lang = r.Lang
	}
	p := &printer{w: w, colors: newPalette(t.Color), lang: lang}

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
			p.printf("%s\n", p.colors.file.Sprint(p.fileLabel(f.File)))
		}
		criteria := ""
		if len(f.Criteria) > 0 {
			criteria = strings.Join(f.Criteria, ",") + ": "
		}
		p.printf("%s: %s [%s] %s%s\n",
			locationWith(f, p.fileLabel(f.File)), p.colors.severity(f.Severity), f.RuleID, criteria, f.Message)
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
	lang   string
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

	p.printf("%s\n", i18n.Text(p.lang, i18n.CoverageHeading))
	for _, category := range r.Scope.Categories {
		n := byCategory[category]
		if n == nil {
			continue
		}
		p.printf("%s\n", i18n.Sprintf(p.lang, i18n.CoverageRow, i18n.CategoryName(p.lang, category), n.met, n.partial, n.missing))
	}
	p.printf("\n")
}

// summary prints the closing line.
func (p *printer) summary(r *Report) {
	s := r.Summary
	lang := p.lang
	text := i18n.Sprintf(lang, i18n.SummaryLine,
		s.Findings, i18n.Plural(lang, s.Findings, i18n.FindingOne, i18n.FindingMany),
		s.Errors, i18n.Plural(lang, s.Errors, i18n.ErrorOne, i18n.ErrorMany),
		s.Warnings, i18n.Plural(lang, s.Warnings, i18n.WarningOne, i18n.WarningMany),
		s.Info,
		s.Documents, i18n.Plural(lang, s.Documents, i18n.DocumentOne, i18n.DocumentMany))
	if s.Suppressed > 0 {
		text += i18n.Sprintf(lang, i18n.SummarySuppressed, s.Suppressed)
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
	return locationWith(f, fileLabel(f.File))
}

// locationWith formats where a finding is, as location does, with label
// standing for the file.
func locationWith(f finding.Finding, label string) string {
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

// fileLabel returns file, or the corpus label in the printer's language.
func (p *printer) fileLabel(file string) string {
	if file == "" {
		return i18n.Text(p.lang, i18n.AllDocuments)
	}
	return file
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
