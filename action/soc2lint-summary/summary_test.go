package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/finding"
	"github.com/soc2lint/soc2lint/report"
)

// sampleReport returns a report with findings of every severity, a
// suppressed one, coverage in two categories and a message full of
// Markdown.
func sampleReport() *reportData {
	r := &reportData{
		Schema: report.Schema,
		Lang:   "en",
		Scope:  report.Scope{Categories: []string{"security", "availability"}},
		Findings: []finding.Finding{
			{RuleID: "corpus-missing", Severity: finding.SeverityWarning, Message: "No incident plan."},
			{RuleID: "vague", Severity: finding.SeverityInfo, File: "a.md", Line: 3, Message: "Vague."},
			{RuleID: "access-mfa", Severity: finding.SeverityError, File: "a.md", Line: 9, Message: "MFA | *optional* <b>x</b>\nnext"},
			{RuleID: "owner", Severity: finding.SeverityWarning, File: "b.pdf", Page: 2, Message: "No owner."},
			{RuleID: "waived", Severity: finding.SeverityError, File: "c.md", Line: 1, Message: "Waived.",
				Suppression: &finding.Suppression{Reason: "accepted", Source: "config"}},
		},
		Coverage: []report.Coverage{
			{Criterion: "CC6.1", Category: "security", Status: report.StatusPartial},
			{Criterion: "CC6.2", Category: "security", Status: report.StatusMet},
			{Criterion: "CC6.3", Category: "security", Status: report.StatusMet},
			{Criterion: "A1.2", Category: "availability", Status: report.StatusMissing},
			{Criterion: "P1.1", Category: "privacy", Status: report.StatusNotApplicable},
		},
		Documents: []report.Document{{File: "a.md"}, {File: "b.pdf"}},
	}
	r.Count()
	return r
}

func summarize(t *testing.T, r *reportData, opts summaryOptions) string {
	t.Helper()
	var buf bytes.Buffer
	if err := writeSummary(&buf, r, opts); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestSummaryCoverageTable(t *testing.T) {
	out := summarize(t, sampleReport(), summaryOptions{FailOn: "error", ExitCode: 1, Top: 10})

	for _, want := range []string{
		"| Category | Met | Partial | Missing |",
		"| security | 2 | 1 | 0 |",
		"| availability | 0 | 0 | 1 |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "privacy") {
		t.Errorf("summary lists a category out of scope:\n%s", out)
	}
}

func TestSummarySeverityCounts(t *testing.T) {
	out := summarize(t, sampleReport(), summaryOptions{FailOn: "error", ExitCode: 1, Top: 10})

	for _, want := range []string{"| Error | 1 |", "| Warning | 2 |", "| Info | 1 |", "| Suppressed | 1 |"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
}

func TestSummaryFindingsOrderAndEscaping(t *testing.T) {
	out := summarize(t, sampleReport(), summaryOptions{FailOn: "error", ExitCode: 1, Top: 10})

	errorAt := strings.Index(out, "a.md:9")
	warningAt := strings.Index(out, "b.pdf:page 2")
	infoAt := strings.Index(out, "a.md:3")
	if errorAt < 0 || warningAt < 0 || infoAt < 0 {
		t.Fatalf("summary lacks a finding location:\n%s", out)
	}
	if !(errorAt < warningAt && warningAt < infoAt) {
		t.Errorf("findings not ordered error, warning, info:\n%s", out)
	}
	if !strings.Contains(out, "(all documents)") {
		t.Errorf("corpus-level finding has no label:\n%s", out)
	}
	if !strings.Contains(out, `MFA \| \*optional\* &lt;b&gt;x&lt;/b&gt; next`) {
		t.Errorf("message not escaped for a table cell:\n%s", out)
	}
	if strings.Contains(out, "Waived.") {
		t.Errorf("suppressed finding listed:\n%s", out)
	}
}

func TestSummaryTopLimit(t *testing.T) {
	out := summarize(t, sampleReport(), summaryOptions{FailOn: "error", ExitCode: 1, Top: 2})

	if strings.Contains(out, "a.md:3") {
		t.Errorf("finding past the limit listed:\n%s", out)
	}
	if !strings.Contains(out, "2 more findings are in the job log.") {
		t.Errorf("summary does not count the findings left out:\n%s", out)
	}
}

func TestSummaryVerdict(t *testing.T) {
	tests := []struct {
		name string
		opts summaryOptions
		want string
	}{
		{"fails", summaryOptions{FailOn: "error", ExitCode: 1}, "fails with exit code 1"},
		{"passes", summaryOptions{FailOn: "error", ExitCode: 0}, "the check passes"},
		{"no threshold", summaryOptions{FailOn: "none", ExitCode: 0}, "fail-on is none"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if out := summarize(t, sampleReport(), tt.opts); !strings.Contains(out, tt.want) {
				t.Errorf("summary lacks %q:\n%s", tt.want, out)
			}
		})
	}
}

func TestSummaryBaselineReadiness(t *testing.T) {
	r := sampleReport()
	r.Baseline = &report.Baseline{
		Mode: report.BaselineRevision, Source: "origin/main", Findings: 7, New: 2, Fixed: 5,
		Readiness: []report.Readiness{{
			Category: "security",
			Before:   report.CoverageCounts{Met: 1, Partial: 1, Missing: 1},
			After:    report.CoverageCounts{Met: 2, Partial: 1, Missing: 0},
		}},
	}
	out := summarize(t, r, summaryOptions{FailOn: "error", ExitCode: 1, Top: 10})

	for _, want := range []string{
		"Compared with Git revision `origin/main`: 2 new findings, 5 fixed, 7 in the baseline.",
		"| Category | Before (met / partial / missing) | After (met / partial / missing) |",
		"| security | 1 / 1 / 1 | 2 / 1 / 0 |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
}

func TestSummarySpanish(t *testing.T) {
	out := summarize(t, sampleReport(), summaryOptions{FailOn: "error", ExitCode: 1, Lang: "es", Top: 10})

	for _, want := range []string{"## Resultados de soc2lint", "| Categoría | Cumple | Parcial | Falta |", "| seguridad | 2 | 1 | 0 |", "(todos los documentos)"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
}

func TestSummaryRunFailed(t *testing.T) {
	out := summarize(t, nil, summaryOptions{FailOn: "error", ExitCode: 2})
	if !strings.Contains(out, "stopped with exit code 2") {
		t.Errorf("summary does not report the failed run:\n%s", out)
	}
}

func TestRunWritesFiles(t *testing.T) {
	dir := t.TempDir()
	reportPath := filepath.Join(dir, "report.json")
	data, err := json.Marshal(sampleReport())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(reportPath, data, 0o644); err != nil {
		t.Fatal(err)
	}
	summaryPath := filepath.Join(dir, "summary.md")
	if err := os.WriteFile(summaryPath, []byte("earlier step\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	outputPath := filepath.Join(dir, "output")

	var stderr bytes.Buffer
	code := run([]string{"-report", reportPath, "-summary", summaryPath, "-github-output", outputPath, "-exit-code", "1"}, &stderr)
	if code != 0 {
		t.Fatalf("exit code %d: %s", code, stderr.String())
	}

	summary, _ := os.ReadFile(summaryPath)
	if !strings.HasPrefix(string(summary), "earlier step\n## soc2lint results") {
		t.Errorf("summary not appended:\n%s", summary)
	}
	outputs, _ := os.ReadFile(outputPath)
	for _, want := range []string{"findings=4\n", "errors=1\n", "warnings=2\n", "suppressed=1\n", "documents=2\n"} {
		if !strings.Contains(string(outputs), want) {
			t.Errorf("outputs lack %q:\n%s", want, outputs)
		}
	}
}

func TestRunRejectsOtherJSON(t *testing.T) {
	path := filepath.Join(t.TempDir(), "other.json")
	if err := os.WriteFile(path, []byte(`{"schema": "something/v9"}`), 0o644); err != nil {
		t.Fatal(err)
	}

	var stderr bytes.Buffer
	code := run([]string{"-report", path, "-summary", filepath.Join(t.TempDir(), "s.md")}, &stderr)
	if code != 2 || !strings.Contains(stderr.String(), `schema "something/v9"`) {
		t.Errorf("code %d, stderr %q; want 2 and the schema named", code, stderr.String())
	}
}
