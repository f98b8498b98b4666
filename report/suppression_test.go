package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/soc2lint/soc2lint/finding"
)

// suppressedSample returns the shared sample with the MFA finding waived
// inline and the spreadsheet finding waived by a config entry.
func suppressedSample() *Report {
	r := sample()
	r.Findings[1].Suppression = &finding.Suppression{Reason: "Hardware keys.", Source: finding.SuppressionInline, Line: 23}
	r.Findings[3].Suppression = &finding.Suppression{Reason: "Reviewed offline.", Source: finding.SuppressionConfig, File: ".soc2lint.yaml", Line: 9}
	r.Count()
	return r
}

func writeSample(t *testing.T, format string, r *Report) string {
	t.Helper()
	writer, err := New(format, false)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := writer.Write(&buf, r); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return buf.String()
}

func TestCountSkipsSuppressed(t *testing.T) {
	s := suppressedSample().Summary
	if s.Findings != 2 || s.Errors != 1 || s.Warnings != 1 || s.Info != 0 || s.Suppressed != 2 {
		t.Errorf("summary = %+v, want 2 findings (1 error, 1 warning) and 2 suppressed", s)
	}
}

func TestTextHidesSuppressed(t *testing.T) {
	out := writeSample(t, "text", suppressedSample())

	if strings.Contains(out, "[access-mfa]") || strings.Contains(out, "[evidence-access-review]") {
		t.Errorf("text output shows a suppressed finding:\n%s", out)
	}
	if !strings.Contains(out, "2 findings (1 error, 1 warning, 0 info) in 4 documents, 2 suppressed") {
		t.Errorf("summary line does not count the suppressed findings:\n%s", out)
	}
}

func TestSARIFSuppressions(t *testing.T) {
	out := writeSample(t, "sarif", suppressedSample())

	path, err := filepath.Abs(filepath.Join("testdata", "schemas", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	schema, err := jsonschema.NewCompiler().Compile(path)
	if err != nil {
		t.Fatal(err)
	}
	instance, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(instance); err != nil {
		t.Errorf("SARIF with suppressions does not validate: %v", err)
	}

	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	results := log.Runs[0].Results
	if len(results) != 4 {
		t.Fatalf("results = %d, want all 4 findings, suppressed ones included", len(results))
	}
	if len(results[0].Suppressions) != 0 {
		t.Errorf("an active finding has suppressions: %+v", results[0].Suppressions)
	}
	if got := results[1].Suppressions; len(got) != 1 || got[0].Kind != "inSource" || got[0].Justification != "Hardware keys." {
		t.Errorf("inline suppression = %+v, want inSource with the reason", got)
	}
	if got := results[3].Suppressions; len(got) != 1 || got[0].Kind != "external" || got[0].Justification != "Reviewed offline." {
		t.Errorf("config suppression = %+v, want external with the reason", got)
	}
}

func TestGitHubAndJUnitSkipSuppressed(t *testing.T) {
	r := suppressedSample()

	github := writeSample(t, "github", r)
	if strings.Contains(github, "[access-mfa]") {
		t.Errorf("GitHub output annotates a suppressed finding:\n%s", github)
	}
	if !strings.Contains(github, ", 2 suppressed") {
		t.Errorf("GitHub summary does not count the suppressed findings:\n%s", github)
	}

	var suites junitSuites
	if err := xml.Unmarshal([]byte(writeSample(t, "junit", r)), &suites); err != nil {
		t.Fatal(err)
	}
	if suites.Failures != 2 {
		t.Errorf("JUnit failures = %d, want 2", suites.Failures)
	}
	skipped := 0
	for _, suite := range suites.Suites {
		for _, c := range suite.Cases {
			if c.Skipped != nil {
				skipped++
			}
		}
	}
	if skipped != 2 {
		t.Errorf("JUnit skipped cases = %d, want 2", skipped)
	}
}

func TestTextNamesBaseline(t *testing.T) {
	r := sample()
	r.Baseline = &Baseline{Mode: BaselineRevision, Source: "origin/main", Findings: 7, New: 4, Fixed: 2}

	out := writeSample(t, "text", r)
	if !strings.Contains(out, "Compared with origin/main (git-revision): 4 new, 2 fixed, 7 in the baseline.\n") {
		t.Errorf("text output does not describe the baseline:\n%s", out)
	}
	if !strings.Contains(out, "new: 4 findings (2 errors") {
		t.Errorf("summary line does not say the findings are the new ones:\n%s", out)
	}
}
