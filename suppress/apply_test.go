package suppress

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/config"
	"github.com/soc2lint/soc2lint/finding"
)

// writeFile writes content to dir/rel and returns the File to pass to Apply.
func writeFile(t *testing.T, dir, rel, content string) File {
	t.Helper()
	path := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return File{Path: path, Rel: rel}
}

func knownRules(ids ...string) func(string) bool {
	return func(id string) bool {
		for _, known := range ids {
			if id == known {
				return true
			}
		}
		return false
	}
}

func TestApplyInlineAndConfig(t *testing.T) {
	dir := t.TempDir()
	access := writeFile(t, dir, "policies/access.md", strings.Join([]string{
		"# Access", // 1
		"",         // 2
		"<!-- soc2lint-disable access-mfa: Break-glass accounts use hardware keys. -->", // 3
		"Admins should use MFA.",      // 4
		"",                            // 5
		"Contractors should use MFA.", // 6
	}, "\n"))
	legacy := writeFile(t, dir, "policies/legacy/old.md", "# Old\n\nText.\n")

	findings := []finding.Finding{
		{RuleID: "access-mfa", File: "policies/access.md", Line: 4, Severity: "error"},
		{RuleID: "access-mfa", File: "policies/access.md", Line: 6, Severity: "error"},
		{RuleID: "governance-version", File: "policies/legacy/old.md", Line: 1, Severity: "warning"},
		{RuleID: "governance-version", File: "policies/access.md", Line: 1, Severity: "warning"},
		{RuleID: "incident-plan-missing", Severity: "error"},
	}

	out := Apply(findings, Options{
		Files: []File{access, legacy},
		Entries: []config.Suppression{
			{Rule: "governance-version", File: "policies/legacy/**", Reason: "Retired at period end.", Line: 7},
			{Rule: "incident-plan-missing", Reason: "The plan is a PDF outside this repository.", Line: 10},
		},
		ConfigFile: ".soc2lint.yaml",
		KnownRule:  knownRules("access-mfa", "governance-version", "incident-plan-missing"),
	})

	if len(out) != len(findings) {
		t.Fatalf("findings = %d, want %d and no invalid ones: %+v", len(out), len(findings), out)
	}

	inline := out[0].Suppression
	if inline == nil || inline.Source != finding.SuppressionInline || inline.Line != 3 || inline.Reason != "Break-glass accounts use hardware keys." {
		t.Errorf("inline suppression = %+v", inline)
	}
	if out[1].Suppression != nil {
		t.Errorf("finding past the blank line is suppressed: %+v", out[1].Suppression)
	}

	byConfig := out[2].Suppression
	if byConfig == nil || byConfig.Source != finding.SuppressionConfig || byConfig.File != ".soc2lint.yaml" || byConfig.Line != 7 {
		t.Errorf("config suppression = %+v", byConfig)
	}
	if out[3].Suppression != nil {
		t.Errorf("finding outside the glob is suppressed: %+v", out[3].Suppression)
	}
	if out[4].Suppression == nil || out[4].Suppression.Reason != "The plan is a PDF outside this repository." {
		t.Errorf("corpus-level finding not suppressed by an entry without a glob: %+v", out[4].Suppression)
	}
}

func TestApplyReportsInvalidDirectives(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, dir, "policy.md", strings.Join([]string{
		"<!-- soc2lint-disable access-mfa -->", // 1
		"Admins should use MFA.",               // 2
		"",                                     // 3
		"<!-- soc2lint-disable acess-mfa, access-mfa: Keys. -->", // 4
		"Contractors should use MFA.",                            // 5
	}, "\n"))

	findings := []finding.Finding{
		{RuleID: "access-mfa", File: "policy.md", Line: 2, Severity: "error"},
		{RuleID: "access-mfa", File: "policy.md", Line: 5, Severity: "error"},
	}

	out := Apply(findings, Options{
		Files:      []File{file},
		Entries:    []config.Suppression{{Rule: "no-such-rule", Reason: "x", Line: 12}},
		ConfigFile: "audit.yaml",
		KnownRule:  knownRules("access-mfa"),
	})

	if out[0].Suppression != nil {
		t.Errorf("a directive without a reason suppressed a finding: %+v", out[0].Suppression)
	}
	if out[1].Suppression == nil {
		t.Error("the known rule of a directive with a misspelled second rule was not applied")
	}

	var invalid []finding.Finding
	for _, f := range out {
		if f.RuleID == RuleInvalid {
			invalid = append(invalid, f)
		}
	}
	if len(invalid) != 3 {
		t.Fatalf("invalid findings = %d, want 3: %+v", len(invalid), invalid)
	}

	want := []struct {
		file string
		line int
		text string
	}{
		{"policy.md", 1, "has no reason"},
		{"policy.md", 4, `names rule "acess-mfa", which does not exist`},
		{"", 0, `suppress entry at audit.yaml:12 names rule "no-such-rule"`},
	}
	for i, w := range want {
		f := invalid[i]
		if f.File != w.file || f.Line != w.line || !strings.Contains(f.Message, w.text) {
			t.Errorf("invalid[%d] = %s:%d %q, want %s:%d containing %q", i, f.File, f.Line, f.Message, w.file, w.line, w.text)
		}
		if f.Severity != finding.SeverityWarning || len(f.Criteria) != 0 || f.Criteria == nil {
			t.Errorf("invalid[%d] severity %q criteria %v, want warning and []", i, f.Severity, f.Criteria)
		}
	}
}

func TestApplyReadsOnlyMarkdown(t *testing.T) {
	dir := t.TempDir()
	csv := writeFile(t, dir, "evidence/users.csv", "<!-- soc2lint-disable evidence-access-review: r -->\nname\n")
	tmpl := writeFile(t, dir, "policies/access.md.tmpl", "<!-- soc2lint-disable access-mfa: Template default. -->\nAdmins should use MFA.\n")

	findings := []finding.Finding{
		{RuleID: "evidence-access-review", File: "evidence/users.csv", Line: 2},
		{RuleID: "access-mfa", File: "policies/access.md.tmpl", Line: 2},
	}
	out := Apply(findings, Options{Files: []File{csv, tmpl}})

	if out[0].Suppression != nil {
		t.Error("a comment in a CSV file suppressed a finding")
	}
	if out[1].Suppression == nil {
		t.Error("a directive in a .md.tmpl file was not applied")
	}
}
