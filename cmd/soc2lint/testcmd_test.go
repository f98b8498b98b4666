package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const customRulesDir = "testdata/customrules"

func TestTestCommandPasses(t *testing.T) {
	code, stdout, stderr := runCLI(t, "test", "--verbose", filepath.Join(customRulesDir, "rules"))

	if code != ExitOK {
		t.Fatalf("exit code %d, want %d; stdout:\n%s\nstderr:\n%s", code, ExitOK, stdout, stderr)
	}
	if !strings.Contains(stdout, "PASS: testdata/customrules/rules/review_owner_test.rego:8: data.soc2lint.rules.custom.approver_named_test.test_approver_missing") {
		t.Errorf("verbose output does not list test_approver_missing with file:line:\n%s", stdout)
	}
	if !strings.HasSuffix(stdout, "PASS: 2/2\n") {
		t.Errorf("output does not end with PASS: 2/2:\n%s", stdout)
	}
}

func TestTestCommandFailure(t *testing.T) {
	code, stdout, _ := runCLI(t, "test", filepath.Join(customRulesDir, "failing"))

	if code != ExitFindings {
		t.Errorf("exit code %d, want %d for a failing test", code, ExitFindings)
	}
	if !strings.Contains(stdout, "FAIL: testdata/customrules/failing/review_owner_test.rego:6: data.soc2lint.rules.custom.approver_named_test.test_expects_wrong_message") {
		t.Errorf("output does not name the failing test with file:line:\n%s", stdout)
	}
	if !strings.Contains(stdout, "  got policies/backup.md names no approver\n") {
		t.Errorf("output does not show the failing test's print output:\n%s", stdout)
	}
	if strings.Contains(stdout, "test_passes") {
		t.Errorf("non-verbose output lists a passing test:\n%s", stdout)
	}
	if !strings.Contains(stdout, "PASS: 1/2\nFAIL: 1/2\n") {
		t.Errorf("output does not end with the totals:\n%s", stdout)
	}
}

func TestTestCommandBuiltinRules(t *testing.T) {
	code, stdout, stderr := runCLI(t, "test")

	if code != ExitOK {
		t.Fatalf("exit code %d; stdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	totals := regexp.MustCompile(`^PASS: (\d+)/(\d+)\n$`).FindStringSubmatch(stdout)
	if totals == nil || totals[1] != totals[2] || totals[1] == "0" {
		t.Errorf("output = %q, want only PASS: n/n with n > 0", stdout)
	}
}

func TestTestCommandErrors(t *testing.T) {
	tests := map[string]struct {
		args []string
		want string
	}{
		"denied builtin": {[]string{"test", filepath.Join(customRulesDir, "denied")}, "denied/env.rego:3: builtin opa.runtime is not allowed in soc2lint rules"},
		"no tests":       {[]string{"test", "--run", "no_such_test", filepath.Join(customRulesDir, "rules")}, "no test_ rules found"},
		"missing folder": {[]string{"test", filepath.Join(customRulesDir, "missing")}, "missing"},
		"bad timeout":    {[]string{"test", "--timeout", "0s", filepath.Join(customRulesDir, "rules")}, "invalid --timeout"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			code, _, stderr := runCLI(t, tc.args...)
			if code != ExitError {
				t.Errorf("exit code %d, want %d", code, ExitError)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr = %q, want it to contain %q", stderr, tc.want)
			}
		})
	}
}

func TestLintCustomRulesFromConfig(t *testing.T) {
	code, stdout, stderr := runCLI(t, "lint", "--format", "json", filepath.Join(customRulesDir, "repo"))
	if code != ExitFindings {
		t.Fatalf("exit code %d; stderr: %s", code, stderr)
	}

	found := false
	for _, f := range decodeReport(t, stdout).Findings {
		if f.RuleID == "custom-approver-named" {
			found = true
			if f.File != "policies/backup-policy.md" || f.Line != 1 || f.Severity != "warning" {
				t.Errorf("custom finding = %+v", f)
			}
		}
	}
	if !found {
		t.Error("rules.paths in the config did not load custom-approver-named")
	}
}

func TestLintRulesFlagDeniedBuiltin(t *testing.T) {
	code, _, stderr := runCLI(t, "lint", "--rules", filepath.Join(customRulesDir, "denied"), filepath.Join(customRulesDir, "repo"))

	if code != ExitError {
		t.Errorf("exit code %d, want %d", code, ExitError)
	}
	if !strings.Contains(stderr, "testdata/customrules/denied/env.rego:3: builtin opa.runtime is not allowed in soc2lint rules: rules get no network, environment or file access") {
		t.Errorf("stderr = %q", stderr)
	}
}

func TestLintRulesFlagBuiltinID(t *testing.T) {
	dir := writeFiles(t, map[string]string{"rules/mfa.rego": `# METADATA
# title: Second MFA rule
# custom:
#   id: access-mfa
#   criteria: [CC6.1]
#   severity: error
package soc2lint.rules.custom.mfa

deny contains {"message": {"en": "x"}} if false
`})

	code, _, stderr := runCLI(t, "lint", "--rules", filepath.Join(dir, "rules"), filepath.Join(customRulesDir, "repo"))
	if code != ExitError || !strings.Contains(stderr, "mfa.rego:7: rule id access-mfa is already used by the built-in rule") {
		t.Errorf("exit code %d, stderr %q, want %d and a collision naming mfa.rego:7", code, stderr, ExitError)
	}
}
