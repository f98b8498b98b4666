package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/finding"
	"github.com/soc2lint/soc2lint/i18n"
	"github.com/soc2lint/soc2lint/report"
)

// defaultTop is how many findings the summary lists. The job log and the
// annotations have all of them; the summary is for a first look.
const defaultTop = 15

type reportData = report.Report

// summaryOptions describe the run that wrote the report.
type summaryOptions struct {
	FailOn   string
	ExitCode int

	// Lang is the summary's language; "" means the report's.
	Lang string

	// Top is how many findings to list.
	Top int
}

// readReport decodes a JSON report and checks its schema.
func readReport(path string) (*reportData, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading report: %w", err)
	}

	var r reportData
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("report %s is not valid JSON: %w", path, err)
	}
	if r.Schema != report.Schema {
		return nil, fmt.Errorf("report %s has schema %q, want %q: write it with soc2lint lint --format json", path, r.Schema, report.Schema)
	}
	return &r, nil
}

// writeSummary writes the Markdown summary of r. A nil r means the run
// stopped before it wrote a report, and the summary reports that.
func writeSummary(w io.Writer, r *reportData, opts summaryOptions) error {
	lang := opts.Lang
	if lang == "" && r != nil {
		lang = r.Lang
	}
	md := &markdown{w: w, lang: lang}

	md.line("## %s", md.text(i18n.StepTitle))
	md.line("")
	if r == nil {
		md.line("%s", i18n.Sprintf(lang, i18n.StepRunFailed, opts.ExitCode))
		md.line("")
		return md.err
	}

	md.verdict(opts)
	md.line("%s", i18n.Sprintf(lang, i18n.StepDocuments, r.Summary.Documents))
	md.line("")
	md.severities(r)
	md.coverage(r)
	md.readiness(r)
	md.findings(r, opts.Top)
	return md.err
}

// writeOutputs writes the step outputs as key=value lines.
func writeOutputs(w io.Writer, r *reportData) error {
	s := r.Summary
	outputs := []struct {
		key   string
		value int
	}{
		{"documents", s.Documents},
		{"findings", s.Findings},
		{"errors", s.Errors},
		{"warnings", s.Warnings},
		{"info", s.Info},
		{"suppressed", s.Suppressed},
	}
	for _, output := range outputs {
		if _, err := fmt.Fprintf(w, "%s=%d\n", output.key, output.value); err != nil {
			return err
		}
	}
	return nil
}

// markdown writes lines and keeps the first write error.
type markdown struct {
	w    io.Writer
	lang string
	err  error
}

func (m *markdown) line(format string, args ...any) {
	if m.err == nil {
		_, m.err = fmt.Fprintf(m.w, format+"\n", args...)
	}
}

func (m *markdown) text(key i18n.Key) string {
	return i18n.Text(m.lang, key)
}

// row writes one table row from cells that are already escaped.
func (m *markdown) row(cells ...string) {
	m.line("| %s |", strings.Join(cells, " | "))
}

// header writes a table header row and its delimiter row. Columns after
// the first are right-aligned when numeric is true.
func (m *markdown) header(numeric bool, cells ...string) {
	m.row(cells...)
	delimiters := make([]string, len(cells))
	for i := range delimiters {
		delimiters[i] = "---"
		if numeric && i > 0 {
			delimiters[i] = "---:"
		}
	}
	m.row(delimiters...)
}

// verdict states whether the run passes its --fail-on threshold.
func (m *markdown) verdict(opts summaryOptions) {
	switch {
	case opts.FailOn == "none":
		m.line("%s", m.text(i18n.StepNoThreshold))
	case opts.ExitCode == 0:
		m.line("%s", i18n.Sprintf(m.lang, i18n.StepPassed, opts.FailOn))
	default:
		m.line("%s", i18n.Sprintf(m.lang, i18n.StepFailed, opts.FailOn, opts.ExitCode))
	}
	m.line("")
}

// severities writes the counts of findings by severity.
func (m *markdown) severities(r *reportData) {
	s := r.Summary
	m.line("### %s", m.text(i18n.StepSeverityHeading))
	m.line("")
	m.header(true, m.text(i18n.StepSeverity), m.text(i18n.StepCount))
	m.row(m.text(i18n.SeverityError), strconv.Itoa(s.Errors))
	m.row(m.text(i18n.SeverityWarning), strconv.Itoa(s.Warnings))
	m.row(m.text(i18n.SeverityInfo), strconv.Itoa(s.Info))
	if s.Suppressed > 0 {
		m.row(m.text(i18n.SeveritySuppressed), strconv.Itoa(s.Suppressed))
	}
	m.line("")
}

// coverage writes criteria met, partial and missing per in-scope category.
func (m *markdown) coverage(r *reportData) {
	counts := coverageByCategory(r)
	if len(counts) == 0 {
		return
	}

	m.line("### %s", m.text(i18n.StepCoverageHeading))
	m.line("")
	m.header(true, m.text(i18n.StepCategory), m.text(i18n.StatusMet), m.text(i18n.StatusPartial), m.text(i18n.StatusMissing))
	for _, category := range r.Scope.Categories {
		n, ok := counts[category]
		if !ok {
			continue
		}
		m.row(escape(i18n.CategoryName(m.lang, category)), strconv.Itoa(n.Met), strconv.Itoa(n.Partial), strconv.Itoa(n.Missing))
	}
	m.line("")
}

// readiness writes the per-category coverage before and after, when the
// run compared itself with a baseline.
func (m *markdown) readiness(r *reportData) {
	b := r.Baseline
	if b == nil {
		return
	}

	m.line("### %s", m.text(i18n.StepReadinessHeading))
	m.line("")
	key := i18n.StepBaselineReport
	if b.Mode == report.BaselineRevision {
		key = i18n.StepBaselineRevision
	}
	m.line("%s", i18n.Sprintf(m.lang, key, "`"+strings.ReplaceAll(b.Source, "`", "'")+"`", b.New, b.Fixed, b.Findings))
	m.line("")

	if len(b.Readiness) == 0 {
		return
	}
	m.header(false, m.text(i18n.StepCategory), m.text(i18n.StepBefore), m.text(i18n.StepAfter))
	for _, category := range b.Readiness {
		m.row(escape(i18n.CategoryName(m.lang, category.Category)), triple(category.Before), triple(category.After))
	}
	m.line("")
}

// findings lists the first top findings, errors first.
func (m *markdown) findings(r *reportData, top int) {
	shown := topFindings(r.Findings)

	m.line("### %s", m.text(i18n.StepTopHeading))
	m.line("")
	if len(shown) == 0 {
		m.line("%s", m.text(i18n.StepNoFindings))
		m.line("")
		return
	}

	rest := 0
	if top >= 0 && len(shown) > top {
		rest = len(shown) - top
		shown = shown[:top]
	}
	m.header(false, m.text(i18n.StepSeverity), m.text(i18n.StepLocation), m.text(i18n.StepRule), m.text(i18n.StepMessage))
	for _, f := range shown {
		m.row(severityName(m.lang, f.Severity), escape(m.location(f)), "`"+escapeCode(f.RuleID)+"`", escape(f.Message))
	}
	m.line("")
	if rest > 0 {
		m.line("%s", i18n.Sprintf(m.lang, i18n.StepMore, rest))
		m.line("")
	}
}

// location returns file:line, file:page N, file:Sheet!A1, or the label of
// corpus-level findings.
func (m *markdown) location(f finding.Finding) string {
	file := f.File
	if file == "" {
		return m.text(i18n.AllDocuments)
	}
	switch {
	case f.Cell != "" && f.Sheet != "":
		return fmt.Sprintf("%s:%s!%s", file, f.Sheet, f.Cell)
	case f.Cell != "":
		return fmt.Sprintf("%s:%s", file, f.Cell)
	case f.Page > 0 && f.Line > 0:
		return fmt.Sprintf("%s:page %d:%d", file, f.Page, f.Line)
	case f.Page > 0:
		return fmt.Sprintf("%s:page %d", file, f.Page)
	case f.Line > 0:
		return fmt.Sprintf("%s:%d", file, f.Line)
	}
	return file
}

// topFindings returns the findings that are not suppressed, errors first,
// then warnings, then info, each in report order (file, then line).
func topFindings(all []finding.Finding) []finding.Finding {
	var out []finding.Finding
	for _, f := range all {
		if !f.Suppressed() {
			out = append(out, f)
		}
	}
	slices.SortStableFunc(out, func(a, b finding.Finding) int {
		return severityRank(a.Severity) - severityRank(b.Severity)
	})
	return out
}

func severityRank(severity string) int {
	switch severity {
	case finding.SeverityError:
		return 0
	case finding.SeverityWarning:
		return 1
	}
	return 2
}

func severityName(lang, severity string) string {
	switch severity {
	case finding.SeverityError:
		return i18n.Text(lang, i18n.SeverityError)
	case finding.SeverityWarning:
		return i18n.Text(lang, i18n.SeverityWarning)
	}
	return i18n.Text(lang, i18n.SeverityInfo)
}

// coverageByCategory counts in-scope criteria by status per category.
func coverageByCategory(r *reportData) map[string]report.CoverageCounts {
	out := map[string]report.CoverageCounts{}
	for _, c := range r.Coverage {
		if c.Status == report.StatusNotApplicable {
			continue
		}
		n := out[c.Category]
		switch c.Status {
		case report.StatusMet:
			n.Met++
		case report.StatusPartial:
			n.Partial++
		case report.StatusMissing:
			n.Missing++
		}
		out[c.Category] = n
	}
	return out
}

func triple(c report.CoverageCounts) string {
	return fmt.Sprintf("%d / %d / %d", c.Met, c.Partial, c.Missing)
}

// markdownSpecial are the characters that would start Markdown or HTML
// markup inside a table cell. Finding messages quote policy text, which a
// pull request author controls, so every one of them is escaped.
var markdownSpecial = strings.NewReplacer(
	`\`, `\\`, "|", `\|`, "*", `\*`, "_", `\_`, "`", "\\`", "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "#", `\#`, "~", `\~`, "!", `\!`,
	"\r\n", " ", "\n", " ", "\r", " ",
)

// escape makes text safe to put in a Markdown table cell.
func escape(text string) string {
	return markdownSpecial.Replace(text)
}

// escapeCode makes text safe inside a code span in a table cell, where
// backslash escapes do not apply.
func escapeCode(text string) string {
	return strings.NewReplacer("`", "'", "|", "/", "\n", " ").Replace(text)
}
