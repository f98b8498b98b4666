package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// JUnit writes JUnit XML for CI systems that show test reports: one test
// suite per linted file (and one for corpus-level findings), one failing test
// case per finding, and one passing test case for a file without findings.
// A suppressed finding is a skipped test case.
type JUnit struct{}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	ClassName string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Failure   *junitFailure `xml:"failure"`
	Skipped   *junitSkipped `xml:"skipped"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// Write encodes r as JUnit XML.
func (JUnit) Write(w io.Writer, r *Report) error {
	suites := junitSuites{Name: r.Tool.Name}
	byFile := map[string]int{}

	suiteFor := func(file string) *junitSuite {
		i, ok := byFile[file]
		if !ok {
			i = len(suites.Suites)
			byFile[file] = i
			suites.Suites = append(suites.Suites, junitSuite{Name: fileLabel(file)})
		}
		return &suites.Suites[i]
	}

	for _, doc := range r.Documents {
		suiteFor(doc.File)
	}

	for _, f := range r.Findings {
		suite := suiteFor(f.File)
		criteria := strings.Join(f.Criteria, ",")
		if f.Suppressed() {
			suite.Cases = append(suite.Cases, junitCase{
				Name:      fmt.Sprintf("[%s] %s", f.RuleID, criteria),
				ClassName: fileLabel(f.File),
				File:      f.File,
				Line:      f.Line,
				Skipped:   &junitSkipped{Message: "suppressed: " + f.Suppression.Reason},
			})
			continue
		}
		suite.Cases = append(suite.Cases, junitCase{
			Name:      fmt.Sprintf("[%s] %s", f.RuleID, criteria),
			ClassName: fileLabel(f.File),
			File:      f.File,
			Line:      f.Line,
			Failure: &junitFailure{
				Message: f.Message,
				Type:    f.Severity,
				Text:    fmt.Sprintf("%s: %s [%s] %s: %s\nRemediation: %s", location(f), f.Severity, f.RuleID, criteria, f.Message, f.Remediation),
			},
		})
		suite.Failures++
	}

	for i := range suites.Suites {
		suite := &suites.Suites[i]
		if len(suite.Cases) == 0 {
			suite.Cases = append(suite.Cases, junitCase{Name: "no findings", ClassName: suite.Name})
		}
		suite.Tests = len(suite.Cases)
		suites.Tests += suite.Tests
		suites.Failures += suite.Failures
	}

	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("writing JUnit report: %w", err)
	}
	encoder := xml.NewEncoder(w)
	encoder.Indent("", "  ")
	if err := encoder.Encode(suites); err != nil {
		return fmt.Errorf("writing JUnit report: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}
