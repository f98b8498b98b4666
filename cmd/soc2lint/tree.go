package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/soc2lint/soc2lint/model"
)

// writeTree prints a document as an indented outline: metadata, then each
// section with its statements and their annotations, then evidence.
func writeTree(w io.Writer, doc *model.Document) error {
	p := &treePrinter{w: w}

	p.line(0, "%s (%s, %s, language %q)", doc.File, doc.Format, doc.Kind, doc.Language)
	p.line(1, "title: %s", doc.Title)

	md := doc.Metadata
	p.line(1, "metadata (source %q):", md.Source)
	for _, field := range [][2]string{
		{"owner", md.Owner}, {"version", md.Version}, {"approved_by", md.ApprovedBy},
		{"approved_on", md.ApprovedOn}, {"effective", md.Effective}, {"last_reviewed", md.LastReviewed},
		{"next_review", md.NextReview}, {"classification", md.Classification},
	} {
		if field[1] != "" {
			p.line(2, "%s: %s", field[0], field[1])
		}
	}
	if len(md.Criteria) > 0 {
		p.line(2, "criteria: %s", strings.Join(md.Criteria, ", "))
	}

	bySection := map[int][]model.Statement{}
	for _, s := range doc.Statements {
		bySection[s.Section] = append(bySection[s.Section], s)
	}

	p.statements(1, bySection[-1])
	for _, section := range doc.Sections {
		p.line(section.Level, "§ %s (%s)", section.Title, where(section.Location))
		p.statements(section.Level+1, bySection[section.Index])
	}

	if ev := doc.Evidence; ev != nil {
		p.line(1, "evidence: type %q, %d records", ev.Type, len(ev.Records))
		fields := make([]string, 0, len(ev.Columns))
		for field := range ev.Columns {
			fields = append(fields, field)
		}
		sort.Strings(fields)
		for _, field := range fields {
			p.line(2, "%s ← %q", field, ev.Columns[field])
		}
	}

	for _, problem := range doc.Problems {
		p.line(1, "problem %s (%s) at %s: %s", problem.Rule, problem.Severity, where(problem.Location), problem.Message)
	}
	return p.err
}

type treePrinter struct {
	w   io.Writer
	err error
}

func (p *treePrinter) line(depth int, format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, "%s%s\n", strings.Repeat("  ", depth), fmt.Sprintf(format, args...))
	}
}

func (p *treePrinter) statements(depth int, statements []model.Statement) {
	for _, s := range statements {
		var notes []string
		if s.Modality != "" {
			notes = append(notes, s.Modality)
		}
		for _, f := range s.Frequencies {
			notes = append(notes, fmt.Sprintf("every %dd %q", f.Days, f.Phrase))
		}
		for _, d := range s.Durations {
			notes = append(notes, fmt.Sprintf("within %gh %q", d.Hours, d.Phrase))
		}
		for _, v := range s.Vague {
			notes = append(notes, fmt.Sprintf("vague %q", v))
		}

		text := s.Text
		if len(text) > 100 {
			text = text[:97] + "..."
		}
		suffix := ""
		if len(notes) > 0 {
			suffix = "  [" + strings.Join(notes, "; ") + "]"
		}
		p.line(depth, "%s %s: %s%s", where(s.Location), s.Source, text, suffix)
	}
}

// where returns a location as "12", "p3:4" or "Sheet1!C14".
func where(loc model.Location) string {
	switch {
	case loc.Cell != "":
		return loc.Sheet + "!" + loc.Cell
	case loc.Page > 0:
		return fmt.Sprintf("p%d:%d", loc.Page, loc.Line)
	}
	return fmt.Sprintf("%d", loc.Line)
}
