// Package report holds the Report that a lint run produces and one writer
// per output format (text.go, json.go, sarif.go, junit.go, github.go,
// oscal.go). Every writer takes an io.Writer, so
// commands and tests choose where output goes.
package report

import (
	"fmt"
	"io"

	"github.com/soc2lint/soc2lint/finding"
)

// Schema identifies the JSON report format. A change that removes or
// renames a field gets a new version.
const Schema = "soc2lint.report/v1"

// Coverage statuses of a criterion.
const (
	StatusMet           = "met"
	StatusPartial       = "partial"
	StatusMissing       = "missing"
	StatusNotApplicable = "not_applicable"
)

// Report is the result of one lint run.
type Report struct {
	Schema    string            `json:"schema"`
	Tool      Tool              `json:"tool"`
	AsOf      string            `json:"as_of"`
	Lang      string            `json:"lang"`
	Scope     Scope             `json:"scope"`
	Documents []Document        `json:"documents"`
	Findings  []finding.Finding `json:"findings"`
	Coverage  []Coverage        `json:"coverage"`
	Summary   Summary           `json:"summary"`

	// Baseline is set when only new findings are reported: Findings then
	// holds the findings absent from the baseline, while Coverage still
	// describes every finding of the current run.
	Baseline *Baseline `json:"baseline,omitempty"`

	// Rules describes every rule that ran, for formats that list rules
	// (SARIF). It is not part of the JSON report.
	Rules []Rule `json:"-"`
}

// Rule is the metadata of one rule, as reporters show it.
type Rule struct {
	ID          string
	Title       string
	Description string
	Criteria    []string
	Severity    string
	Remediation string
	Mappings    finding.Mappings
}

// Tool names the program that wrote the report.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Scope is the audit scope the run used.
type Scope struct {
	Organization string   `json:"organization"`
	Categories   []string `json:"categories"`
	AuditType    string   `json:"audit_type"`
	Period       Period   `json:"period"`
}

// Period is the Type II examination period.
type Period struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

// Document describes one linted file.
type Document struct {
	File     string `json:"file"`
	Format   string `json:"format"`
	Kind     string `json:"kind"`
	Title    string `json:"title"`
	Language string `json:"language"`
}

// Coverage is the status of one criterion.
type Coverage struct {
	Criterion string `json:"criterion"`
	Category  string `json:"category"`
	Status    string `json:"status"`

	// Files are the documents that address the criterion.
	Files []string `json:"files"`

	// Findings counts the findings against the criterion.
	Findings int `json:"findings"`

	// Rules lists the ids of the rules with findings against the
	// criterion, sorted and without repeats.
	Rules []string `json:"rules"`
}

// Summary counts what the report holds. Findings, Errors, Warnings and
// Info count the findings that are not suppressed.
type Summary struct {
	Documents int `json:"documents"`
	Findings  int `json:"findings"`
	Errors    int `json:"errors"`
	Warnings  int `json:"warnings"`
	Info      int `json:"info"`

	// Suppressed counts the findings waived by a directive or config entry.
	Suppressed int `json:"suppressed"`

	// Coverage counts criteria by status.
	Coverage map[string]int `json:"coverage"`
}

// Count fills the finding and coverage counts of r.Summary from r.
func (r *Report) Count() {
	s := Summary{
		Documents: len(r.Documents),
		Coverage:  map[string]int{StatusMet: 0, StatusPartial: 0, StatusMissing: 0, StatusNotApplicable: 0},
	}
	for _, f := range r.Findings {
		if f.Suppressed() {
			s.Suppressed++
			continue
		}
		s.Findings++
		switch f.Severity {
		case finding.SeverityError:
			s.Errors++
		case finding.SeverityWarning:
			s.Warnings++
		case finding.SeverityInfo:
			s.Info++
		}
	}
	for _, c := range r.Coverage {
		s.Coverage[c.Status]++
	}
	r.Summary = s
}

// Baseline modes: the previous state came from a JSON report file or from
// linting a Git revision.
const (
	BaselineReport   = "report"
	BaselineRevision = "git-revision"
)

// Baseline compares the run with a previous state of the policies.
type Baseline struct {
	// Mode is BaselineReport or BaselineRevision.
	Mode string `json:"mode"`

	// Source is the report file or the Git revision as given.
	Source string `json:"source"`

	// Findings counts the baseline's findings that are not suppressed.
	Findings int `json:"findings"`

	// New counts current findings that the baseline does not have; they are
	// the findings the report lists.
	New int `json:"new"`

	// Fixed counts baseline findings that the current run no longer has.
	Fixed int `json:"fixed"`

	// Readiness compares coverage per in-scope category.
	Readiness []Readiness `json:"readiness"`
}

// Readiness is the coverage of one category before and after.
type Readiness struct {
	Category string         `json:"category"`
	Before   CoverageCounts `json:"before"`
	After    CoverageCounts `json:"after"`
}

// CoverageCounts counts the criteria of a category by status.
type CoverageCounts struct {
	Met     int `json:"met"`
	Partial int `json:"partial"`
	Missing int `json:"missing"`
}

// Writer writes a report in one format.
type Writer interface {
	Write(w io.Writer, r *Report) error
}

// Formats lists the output formats, for flag help.
var Formats = []string{"text", "json", "sarif", "junit", "github", "oscal"}

// New returns the writer for format. color applies to text only.
func New(format string, color bool) (Writer, error) {
	switch format {
	case "text":
		return &Text{Color: color}, nil
	case "json":
		return JSON{}, nil
	case "sarif":
		return SARIF{}, nil
	case "junit":
		return JUnit{}, nil
	case "github":
		return GitHub{}, nil
	case "oscal":
		return OSCAL{}, nil
	}
	return nil, fmt.Errorf("unknown format %q; use one of %v", format, Formats)
}
