package lint

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/config"
	"github.com/soc2lint/soc2lint/finding"
	"github.com/soc2lint/soc2lint/report"
	"github.com/soc2lint/soc2lint/suppress"
)

// accessPolicy returns a policy with one access-mfa finding in its
// Authentication section. Text in extra goes before that section, so it
// moves the finding and can add findings of its own.
func accessPolicy(extra string) string {
	return `---
title: Access Control Policy
owner: Priya Raman, Head of Security
version: "2.3"
approved_by: Marcus Lee, Chief Executive Officer
approved_on: 2026-02-03
next_review: 2027-02-03
---

# Access Control Policy

## Account Management

Every user must have a unique user ID; shared accounts are not permitted.
` + extra + `
## Authentication

Administrators should use multi-factor authentication on production consoles
where possible.
`
}

// reviewSection adds an access-review-frequency finding.
const reviewSection = `
## Access Reviews

Managers review user access to production systems periodically and remove
access that is no longer needed.
`

func testConfig() *config.Config {
	cfg := config.Default()
	cfg.AsOf = "2026-11-30"
	return cfg
}

func gitRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not on PATH; skipping the tests that build a repository")
	}
	dir := t.TempDir()
	git(t, dir, "init", "--quiet", "--initial-branch=main")
	return dir
}

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(os.Environ(),
		"GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL="+os.DevNull,
		"GIT_AUTHOR_NAME=Test", "GIT_AUTHOR_EMAIL=test@example.com",
		"GIT_COMMITTER_NAME=Test", "GIT_COMMITTER_EMAIL=test@example.com",
	)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

func writePolicy(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// lineOf returns the line of the first finding of rule in r, or -1.
func lineOf(r *report.Report, rule string) int {
	for _, f := range r.Findings {
		if f.RuleID == rule {
			return f.Line
		}
	}
	return -1
}

func ruleIDs(findings []finding.Finding) []string {
	var ids []string
	for _, f := range findings {
		ids = append(ids, f.RuleID)
	}
	return ids
}

func TestNewFromRevisionReportsOnlyNewFindings(t *testing.T) {
	repo := gitRepo(t)
	policies := filepath.Join(repo, "policies")
	policy := filepath.Join(policies, "access-control-policy.md")

	writePolicy(t, policy, accessPolicy(""))
	git(t, repo, "add", "--all")
	git(t, repo, "commit", "--quiet", "-m", "access policy")

	before, err := Run(context.Background(), Options{Paths: []string{policies}, Config: testConfig()})
	if err != nil {
		t.Fatal(err)
	}

	writePolicy(t, policy, accessPolicy(reviewSection))
	after, err := Run(context.Background(), Options{Paths: []string{policies}, Config: testConfig()})
	if err != nil {
		t.Fatal(err)
	}

	r, err := Run(context.Background(), Options{Paths: []string{policies}, Config: testConfig(), NewFromRev: "HEAD"})
	if err != nil {
		t.Fatalf("Run with NewFromRev: %v", err)
	}

	if lineOf(before, "access-mfa") == lineOf(after, "access-mfa") {
		t.Fatal("the change does not move the access-mfa finding, so the test cannot show moved findings are not new")
	}
	checkNewFindings(t, r, before, after)
	b := r.Baseline
	if b == nil || b.Mode != report.BaselineRevision || b.Source != "HEAD" {
		t.Fatalf("baseline = %+v, want git-revision mode from HEAD", b)
	}
	if len(b.Readiness) == 0 || b.Readiness[0].Category != "security" {
		t.Errorf("readiness = %+v, want security first", b.Readiness)
	}

}

func TestBaselineFileReportsNewFindings(t *testing.T) {
	dir := t.TempDir()
	policy := filepath.Join(dir, "access-control-policy.md")
	writePolicy(t, policy, accessPolicy(reviewSection))

	before, err := Run(context.Background(), Options{Paths: []string{dir}, Config: testConfig()})
	if err != nil {
		t.Fatal(err)
	}
	baselineFile := filepath.Join(t.TempDir(), "baseline.json")
	out, err := os.Create(baselineFile)
	if err != nil {
		t.Fatal(err)
	}
	if err := (report.JSON{}).Write(out, before); err != nil {
		t.Fatal(err)
	}
	out.Close()

	writePolicy(t, policy, accessPolicy(""))
	r, err := Run(context.Background(), Options{Paths: []string{dir}, Config: testConfig(), BaselineFile: baselineFile})
	if err != nil {
		t.Fatal(err)
	}

	after, err := Run(context.Background(), Options{Paths: []string{dir}, Config: testConfig()})
	if err != nil {
		t.Fatal(err)
	}

	checkNewFindings(t, r, before, after)
	if r.Baseline.Mode != report.BaselineReport || r.Baseline.Source != baselineFile {
		t.Errorf("baseline = %+v, want report mode from %s", r.Baseline, baselineFile)
	}
}

// checkNewFindings compares a new-only report with full runs before and
// after the change, matching findings by rule, file and exact English
// message: the findings after the change that are absent before must be
// listed, the ones present before must not, and the counts must agree.
func checkNewFindings(t *testing.T, r, before, after *report.Report) {
	t.Helper()
	identity := func(f finding.Finding) string {
		return f.RuleID + "|" + f.File + "|" + f.Messages["en"]
	}

	previous := map[string]int{}
	for _, f := range before.Findings {
		previous[identity(f)]++
	}
	current := map[string]int{}
	for _, f := range after.Findings {
		current[identity(f)]++
	}

	want := map[string]int{}
	wantNew := 0
	for _, f := range after.Findings {
		if previous[identity(f)] > 0 {
			previous[identity(f)]--
			continue
		}
		want[identity(f)]++
		wantNew++
	}
	wantFixed := 0
	for _, f := range before.Findings {
		if current[identity(f)] > 0 {
			current[identity(f)]--
			continue
		}
		wantFixed++
	}

	if wantNew == 0 {
		t.Fatal("the change adds no finding, so the test shows nothing")
	}

	got := map[string]int{}
	for _, f := range r.Findings {
		got[identity(f)]++
	}
	for id, n := range want {
		if got[id] != n {
			t.Errorf("new finding %q listed %d times, want %d", id, got[id], n)
		}
	}
	for id := range got {
		if want[id] == 0 {
			t.Errorf("finding %q is listed but existed before the change", id)
		}
	}

	if r.Baseline.New != wantNew || r.Baseline.Fixed != wantFixed || r.Baseline.Findings != len(before.Findings) {
		t.Errorf("new/fixed/findings = %d/%d/%d, want %d/%d/%d",
			r.Baseline.New, r.Baseline.Fixed, r.Baseline.Findings, wantNew, wantFixed, len(before.Findings))
	}
}

func TestSuppressionInRun(t *testing.T) {
	dir := t.TempDir()
	extra := `
<!-- soc2lint-disable access-review-frequency: Reviews follow the customer contract's calendar. -->
## Access Reviews

Managers review user access to production systems periodically and remove
access that is no longer needed.

<!-- soc2lint-disable acess-mfa: typo -->
Contractors use company laptops.
`
	writePolicy(t, filepath.Join(dir, "access-control-policy.md"), accessPolicy(extra))

	cfg := testConfig()
	cfg.Path = ".soc2lint.yaml"
	cfg.Suppress = []config.Suppression{{Rule: "access-mfa", File: "*.md", Reason: "Hardware keys on consoles.", Line: 4}}

	r, err := Run(context.Background(), Options{Paths: []string{dir}, Config: cfg})
	if err != nil {
		t.Fatal(err)
	}

	bySource := map[string]string{}
	var invalid []finding.Finding
	for _, f := range r.Findings {
		if f.Suppression != nil {
			bySource[f.RuleID] = f.Suppression.Source
		}
		if f.RuleID == suppress.RuleInvalid {
			invalid = append(invalid, f)
		}
	}

	// The directive sits above the heading, and the heading and the
	// paragraph are separate blocks, so the review finding stays active.
	if _, ok := bySource["access-review-frequency"]; ok {
		t.Error("a directive suppressed a finding past the blank line after its block")
	}
	if bySource["access-mfa"] != finding.SuppressionConfig {
		t.Errorf("access-mfa suppression source = %q, want config", bySource["access-mfa"])
	}
	if len(invalid) != 1 || !strings.Contains(invalid[0].Message, `"acess-mfa"`) {
		t.Errorf("invalid findings = %+v, want one naming acess-mfa", invalid)
	}

	if r.Summary.Suppressed != 1 {
		t.Errorf("summary suppressed = %d, want 1", r.Summary.Suppressed)
	}
	for _, c := range r.Coverage {
		if c.Criterion == "CC6.1" && c.Status == report.StatusPartial {
			t.Error("CC6.1 is partial although its only finding is suppressed")
		}
	}

	found := false
	for _, rule := range r.Rules {
		found = found || rule.ID == suppress.RuleInvalid
	}
	if !found {
		t.Error("suppression-invalid is missing from the report's rules, so SARIF cannot describe it")
	}
}
