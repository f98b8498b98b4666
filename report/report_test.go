package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/soc2lint/soc2lint/finding"
)

// sample returns a report with a Markdown, a PDF, a spreadsheet and a
// corpus-level finding, which between them use every location kind.
func sample() *Report {
	mappings := finding.Mappings{ISO27001: []string{"A.8.5"}, NISTCSF: []string{"PR.AA-03"}, GDPR: []string{}}
	findings := []finding.Finding{
		{RuleID: "incident-plan-missing", Title: "Incident plan", Criteria: []string{"CC7.3"}, Severity: "error",
			Message: "no incident response plan", Messages: map[string]string{"en": "no incident response plan"}, Mappings: mappings},
		{RuleID: "access-mfa", Title: "MFA", Criteria: []string{"CC6.1"}, Severity: "error",
			Message: "MFA is only recommended, not required: \"Admins should use MFA, where possible.\"", File: "policies/access.md", Line: 24,
			Remediation: "Require MFA.", Mappings: mappings},
		{RuleID: "continuity-recovery-testing", Title: "DR test", Criteria: []string{"A1.3"}, Severity: "warning",
			Message: "no restore test", File: "policies/bcp.pdf", Line: 3, Page: 2, Mappings: mappings},
		{RuleID: "evidence-access-review", Title: "Review", Criteria: []string{"CC6.3"}, Severity: "info",
			Message: "Q2 missing", File: "evidence/uar.xlsx", Sheet: "Reviews", Cell: "C14", Mappings: mappings},
	}

	r := &Report{
		Schema: Schema,
		Tool:   Tool{Name: "soc2lint", Version: "v0.1.0"},
		AsOf:   "2026-11-30",
		Scope:  Scope{Categories: []string{"security", "availability"}, AuditType: "type2"},
		Documents: []Document{
			{File: "policies/access.md", Format: "markdown", Kind: "policy"},
			{File: "policies/bcp.pdf", Format: "pdf", Kind: "plan"},
			{File: "policies/clean.md", Format: "markdown", Kind: "policy"},
			{File: "evidence/uar.xlsx", Format: "xlsx", Kind: "evidence"},
		},
		Findings: findings,
		Coverage: []Coverage{
			{Criterion: "CC6.1", Category: "security", Status: StatusPartial, Files: []string{"policies/access.md"}, Findings: 1},
			{Criterion: "A1.3", Category: "availability", Status: StatusMissing, Files: []string{}},
		},
		Rules: []Rule{
			{ID: "access-mfa", Title: "MFA", Description: "MFA for admins.", Criteria: []string{"CC6.1"}, Severity: "error", Remediation: "Require MFA.", Mappings: mappings},
		},
	}
	r.Count()
	return r
}

func write(t *testing.T, format string) string {
	t.Helper()
	writer, err := New(format, false)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := writer.Write(&buf, sample()); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return buf.String()
}

func TestSARIFValidatesAgainstSchema(t *testing.T) {
	compiler := jsonschema.NewCompiler()
	schemaPath, err := filepath.Abs(filepath.Join("testdata", "schemas", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	schema, err := compiler.Compile(schemaPath)
	if err != nil {
		t.Fatalf("compiling the SARIF schema: %v", err)
	}

	out := write(t, "sarif")
	instance, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	if err != nil {
		t.Fatalf("SARIF output is not JSON: %v", err)
	}
	if err := schema.Validate(instance); err != nil {
		t.Errorf("SARIF output does not validate: %v\n%s", err, out)
	}
}

func TestSARIFContent(t *testing.T) {
	var log sarifLog
	if err := json.Unmarshal([]byte(write(t, "sarif")), &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("runs = %d, want 1", len(log.Runs))
	}
	run := log.Runs[0]

	if len(run.Results) != 4 {
		t.Fatalf("results = %d, want 4", len(run.Results))
	}
	for _, result := range run.Results {
		rule := run.Tool.Driver.Rules[result.RuleIndex]
		if rule.ID != result.RuleID {
			t.Errorf("result %s points at rule %s", result.RuleID, rule.ID)
		}
		if result.PartialFingerprints[fingerprintKey] == "" {
			t.Errorf("result %s has no fingerprint", result.RuleID)
		}
	}

	mfa := run.Results[1]
	if mfa.Level != "error" || mfa.Locations[0].PhysicalLocation.Region.StartLine != 24 ||
		mfa.Locations[0].PhysicalLocation.ArtifactLocation.URI != "policies/access.md" {
		t.Errorf("MFA result = %+v", mfa)
	}
	if run.Results[3].Level != "note" || run.Results[3].Locations[0].LogicalLocations[0].Name != "Reviews!C14" {
		t.Errorf("spreadsheet result = %+v", run.Results[3])
	}
	if run.Results[0].Locations[0].PhysicalLocation != nil {
		t.Errorf("corpus-level result has a physical location")
	}
}

func TestFingerprintStableAcrossLineMoves(t *testing.T) {
	f := sample().Findings[1]
	moved := f
	moved.Line = 80

	if Fingerprint(f) != Fingerprint(moved) {
		t.Error("fingerprint changed when the finding moved to another line")
	}

	other := f
	other.RuleID = "access-unique-ids"
	if Fingerprint(f) == Fingerprint(other) {
		t.Error("two rules on the same file share a fingerprint")
	}
}

func TestJSONIsStable(t *testing.T) {
	first, second := write(t, "json"), write(t, "json")
	if first != second {
		t.Error("two writes of the same report differ")
	}

	var decoded map[string]any
	if err := json.Unmarshal([]byte(first), &decoded); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"schema", "tool", "as_of", "scope", "documents", "findings", "coverage", "summary"} {
		if _, ok := decoded[key]; !ok {
			t.Errorf("JSON report has no %q key", key)
		}
	}
	if _, ok := decoded["Rules"]; ok {
		t.Error("rule metadata leaked into the JSON report")
	}
}

func TestTextGroupsByFile(t *testing.T) {
	out := write(t, "text")

	for _, want := range []string{
		"(all documents)\n(all documents): error [incident-plan-missing] CC7.3: no incident response plan\n",
		"policies/access.md:24: error [access-mfa] CC6.1: MFA is only recommended",
		"policies/bcp.pdf:page 2:3: warning [continuity-recovery-testing] A1.3: no restore test",
		"evidence/uar.xlsx:Reviews!C14: info [evidence-access-review] CC6.3: Q2 missing",
		"4 findings (2 errors, 1 warning, 1 info) in 4 documents",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("colors in text output with color off")
	}
}

func TestTextColor(t *testing.T) {
	var buf bytes.Buffer
	if err := (&Text{Color: true}).Write(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "\x1b[") {
		t.Error("no ANSI colors with color on")
	}
}

func TestJUnit(t *testing.T) {
	out := write(t, "junit")

	var suites junitSuites
	if err := xml.Unmarshal([]byte(out), &suites); err != nil {
		t.Fatalf("JUnit output is not XML: %v", err)
	}
	if suites.Failures != 4 || suites.Tests != 5 {
		t.Errorf("tests/failures = %d/%d, want 5 tests (4 findings and 1 clean file) and 4 failures", suites.Tests, suites.Failures)
	}
	found := false
	for _, suite := range suites.Suites {
		if suite.Name == "policies/clean.md" && suite.Failures == 0 && len(suite.Cases) == 1 {
			found = true
		}
	}
	if !found {
		t.Errorf("no passing suite for the clean file:\n%s", out)
	}
}

func TestGitHubEscapesWorkflowCommands(t *testing.T) {
	out := write(t, "github")

	want := "::error file=policies/access.md,line=24,title=[access-mfa] CC6.1::MFA is only recommended, not required: \"Admins should use MFA, where possible.\"%0ARequire MFA.\n"
	if !strings.Contains(out, want) {
		t.Errorf("GitHub output lacks\n%s\nin\n%s", want, out)
	}
	if !strings.Contains(out, "::error title=[incident-plan-missing] CC7.3::no incident response plan") {
		t.Errorf("corpus-level finding has a file property or is missing:\n%s", out)
	}
	if !strings.Contains(out, "::notice file=evidence/uar.xlsx,title=") {
		t.Errorf("info finding is not a notice:\n%s", out)
	}

	if got := escapeProperty("a:b,c%\n"); got != "a%3Ab%2Cc%25%0A" {
		t.Errorf("escapeProperty = %q", got)
	}
}

func TestNewRejectsUnknownFormat(t *testing.T) {
	if _, err := New("xml", false); err == nil {
		t.Error("New accepted an unknown format")
	}
}

// TestSchemaCopyMatchesPublished checks the kept schema against the
// published one when the schemas folder is available.
func TestSchemaCopyMatchesPublished(t *testing.T) {
	dir := os.Getenv("SOC2LINT_SCHEMAS")
	if dir == "" {
		t.Skip("SOC2LINT_SCHEMAS is not set; skipping the comparison with the published schema")
	}
	published, err := os.ReadFile(filepath.Join(dir, "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	kept, err := os.ReadFile(filepath.Join("testdata", "schemas", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(published, kept) {
		t.Error("testdata/schemas/sarif-schema-2.1.0.json differs from the published schema")
	}
}
