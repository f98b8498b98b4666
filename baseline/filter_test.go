package baseline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/finding"
	"github.com/soc2lint/soc2lint/report"
)

// current returns a run after the baseline in testdata/previous.json: the
// MFA finding moved to another line, the review finding's dates changed,
// the suppressed vague finding is still there, one finding is new and one
// criterion became met.
func current() *report.Report {
	r := &report.Report{
		Schema: report.Schema,
		Lang:   "en",
		Scope:  report.Scope{Categories: []string{"security"}},
		Findings: []finding.Finding{
			{RuleID: "access-mfa", Criteria: []string{"CC6.1"}, Severity: "error", File: "policies/access.md", Line: 30,
				Message:  "MFA is only recommended: \"Admins should use MFA.\"",
				Messages: map[string]string{"en": "MFA is only recommended: \"Admins should use MFA.\"", "es": "La MFA solo se recomienda"}},
			{RuleID: "governance-review-overdue", Criteria: []string{"CC5.3"}, Severity: "error", File: "policies/access.md", Line: 1,
				Message: "The last approval (2025-07-31) is more than 12 months before 2026-11-30."},
			{RuleID: "vague-obligation", Criteria: []string{"CC5.3"}, Severity: "warning", File: "policies/access.md", Line: 22,
				Message: "\"periodically\" states no interval"},
			{RuleID: "access-review-frequency", Criteria: []string{"CC6.3"}, Severity: "error", File: "policies/access.md", Line: 40,
				Message: "User access reviews happen \"periodically\""},
		},
		Coverage: []report.Coverage{
			{Criterion: "CC5.3", Category: "security", Status: report.StatusPartial},
			{Criterion: "CC6.1", Category: "security", Status: report.StatusMet},
			{Criterion: "CC7.3", Category: "security", Status: report.StatusMissing},
		},
	}
	r.Count()
	return r
}

func TestFilterKeepsOnlyNewFindings(t *testing.T) {
	previous, err := Load(filepath.Join("testdata", "previous.json"))
	if err != nil {
		t.Fatal(err)
	}
	r := current()

	Filter(r, previous, report.BaselineReport, "previous.json")

	if len(r.Findings) != 1 || r.Findings[0].RuleID != "access-review-frequency" {
		t.Fatalf("findings = %+v, want only access-review-frequency", r.Findings)
	}
	if r.Summary.Findings != 1 || r.Summary.Errors != 1 {
		t.Errorf("summary = %+v, want the one new error counted", r.Summary)
	}

	b := r.Baseline
	if b == nil {
		t.Fatal("no baseline section")
	}
	if b.Mode != report.BaselineReport || b.Source != "previous.json" {
		t.Errorf("mode/source = %s/%s", b.Mode, b.Source)
	}
	if b.Findings != 2 || b.New != 1 || b.Fixed != 0 {
		t.Errorf("baseline findings/new/fixed = %d/%d/%d, want 2/1/0", b.Findings, b.New, b.Fixed)
	}

	if len(b.Readiness) != 1 {
		t.Fatalf("readiness = %+v, want security only", b.Readiness)
	}
	got := b.Readiness[0]
	if got.Before != (report.CoverageCounts{Met: 0, Partial: 2, Missing: 1}) || got.After != (report.CoverageCounts{Met: 1, Partial: 1, Missing: 1}) {
		t.Errorf("readiness = %+v, want before 0/2/1 and after 1/1/1", got)
	}
}

func TestFilterCountsFixedAndRepeats(t *testing.T) {
	previous, err := Load(filepath.Join("testdata", "previous.json"))
	if err != nil {
		t.Fatal(err)
	}
	r := current()
	// The MFA finding is fixed; the review finding now appears twice in the
	// same file, so one of the two is new.
	r.Findings[0] = r.Findings[1]
	r.Findings[0].Line = 2
	r.Count()

	Filter(r, previous, report.BaselineReport, "previous.json")

	if r.Baseline.Fixed != 1 {
		t.Errorf("fixed = %d, want 1 (the MFA finding)", r.Baseline.Fixed)
	}
	if r.Baseline.New != 2 {
		t.Errorf("new = %d, want 2 (the repeated review finding and access-review-frequency)", r.Baseline.New)
	}
}

func TestFilterMatchesInBaselineLanguage(t *testing.T) {
	previous := &report.Report{Lang: "es", Findings: []finding.Finding{
		{RuleID: "access-mfa", Criteria: []string{"CC6.1"}, File: "policies/access.md", Line: 3, Message: "La MFA solo se recomienda"},
	}}
	r := current()

	Filter(r, previous, report.BaselineReport, "es.json")

	for _, f := range r.Findings {
		if f.RuleID == "access-mfa" {
			t.Error("a finding in a Spanish baseline did not match the same finding of an English run")
		}
	}
}

func TestLoadRejectsOtherSchemas(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name, content, want string
	}{
		{"sarif", `{"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": []}`, `has schema "", not "soc2lint.report/v1"`},
		{"future", `{"schema": "soc2lint.report/v2", "findings": []}`, `has schema "soc2lint.report/v2"`},
		{"not json", "findings:\n  - x\n", "is not JSON"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.name+".json")
			if err := os.WriteFile(path, []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Load(path)
			if err == nil {
				t.Fatal("Load accepted the file")
			}
			if !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), path) {
				t.Errorf("error = %q, want the path and %q", err, tc.want)
			}
		})
	}

	if _, err := Load(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("Load accepted a missing file")
	}
}
