package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// mfaPolicy has one access-mfa error, in the paragraph under its heading.
const mfaPolicy = `---
title: Access Control Policy
owner: Priya Raman
version: "1.0"
approved_on: 2026-02-03
next_review: 2027-02-03
---

# Access Control Policy

## Authentication

%s
Administrators should use multi-factor authentication on production consoles
where possible.
`

func TestLintSuppressedFindingsDoNotFail(t *testing.T) {
	directive := "<!-- soc2lint-disable access-mfa: Consoles require hardware keys at the network edge. -->"
	root := writeFiles(t, map[string]string{
		"with/access.md":    strings.Replace(mfaPolicy, "%s", directive, 1),
		"without/access.md": strings.Replace(mfaPolicy, "%s", "", 1),
		// One policy cannot make a complete policy set, so the rule that
		// lists the missing policies is off.
		"audit.yaml": "rules:\n  disable: [corpus-security-policies]\n",
	})
	cfg := filepath.Join(root, "audit.yaml")

	// The only error-level rule the policy breaks is access-mfa, so without
	// the directive the run fails at --fail-on error.
	code, stdout, stderr := runCLI(t, "lint", "--config", cfg, "--format", "json", "--as-of", "2026-11-30", "--fail-on", "error", filepath.Join(root, "without"))
	r := decodeReport(t, stdout)
	errorCount := 0
	for _, f := range r.Findings {
		if f.Severity == "error" {
			errorCount++
			if f.RuleID != "access-mfa" {
				t.Fatalf("the fixture breaks %s too, so the exit code cannot show the suppression: %s", f.RuleID, f.Message)
			}
		}
	}
	if code != ExitFindings || errorCount == 0 {
		t.Fatalf("without the directive: exit %d with %d errors, want %d; stderr: %s", code, errorCount, ExitFindings, stderr)
	}

	code, stdout, stderr = runCLI(t, "lint", "--config", cfg, "--format", "json", "--as-of", "2026-11-30", "--fail-on", "error", filepath.Join(root, "with"))
	if code != ExitOK {
		t.Errorf("with the directive: exit %d, want %d; stderr: %s", code, ExitOK, stderr)
	}
	r = decodeReport(t, stdout)
	if r.Summary.Suppressed != 1 || r.Summary.Errors != 0 {
		t.Errorf("summary = %+v, want 1 suppressed and no errors", r.Summary)
	}
	var reason string
	for _, f := range r.Findings {
		if f.RuleID == "access-mfa" && f.Suppression != nil {
			reason = f.Suppression.Reason
		}
	}
	if reason != "Consoles require hardware keys at the network edge." {
		t.Errorf("JSON report lacks the suppressed finding with its reason (got %q)", reason)
	}

	_, text, _ := runCLI(t, "lint", "--config", cfg, "--as-of", "2026-11-30", "--no-color", filepath.Join(root, "with"))
	if strings.Contains(text, "[access-mfa]") || !strings.Contains(text, "1 suppressed") {
		t.Errorf("text output shows the suppressed finding or does not count it:\n%s", text)
	}
}

func TestLintBaselineFlags(t *testing.T) {
	root := writeFiles(t, map[string]string{"policies/access.md": strings.Replace(mfaPolicy, "%s", "", 1)})
	policies := filepath.Join(root, "policies")
	baseline := filepath.Join(root, "baseline.json")

	code, _, stderr := runCLI(t, "lint", "--format", "json", "--as-of", "2026-11-30", "--output", baseline, policies)
	if code != ExitFindings {
		t.Fatalf("writing the baseline: exit %d; stderr: %s", code, stderr)
	}

	code, stdout, stderr := runCLI(t, "lint", "--format", "json", "--as-of", "2026-11-30", "--baseline", baseline, policies)
	if code != ExitOK {
		t.Errorf("unchanged policies against their own baseline: exit %d, want %d; stderr: %s", code, ExitOK, stderr)
	}
	r := decodeReport(t, stdout)
	if r.Baseline == nil || r.Baseline.Mode != "report" || r.Baseline.New != 0 || r.Baseline.Findings == 0 || len(r.Findings) != 0 {
		t.Errorf("baseline section = %+v with %d findings, want report mode, no new findings", r.Baseline, len(r.Findings))
	}

	sarif := filepath.Join(root, "report.sarif")
	if code, _, stderr := runCLI(t, "lint", "--format", "sarif", "--output", sarif, policies); code == ExitError {
		t.Fatalf("writing SARIF: %s", stderr)
	}
	code, _, stderr = runCLI(t, "lint", "--baseline", sarif, policies)
	if code != ExitError || !strings.Contains(stderr, `not "soc2lint.report/v1"`) {
		t.Errorf("SARIF as baseline: exit %d, stderr %q; want exit %d naming the expected schema", code, stderr, ExitError)
	}

	code, _, stderr = runCLI(t, "lint", "--baseline", baseline, "--new-from-rev", "HEAD", policies)
	if code != ExitError || !strings.Contains(stderr, "use one") {
		t.Errorf("both baselines: exit %d, stderr %q", code, stderr)
	}
}
