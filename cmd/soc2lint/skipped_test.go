package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const accessPolicyText = "# Access Control Policy\n\nOwner: Security\n\nAccess must be reviewed quarterly.\n"

func TestLintNoSupportedFiles(t *testing.T) {
	cases := map[string]map[string]string{
		"empty folder":     {},
		"only other files": {"notes.txt": "x", "rules.rego": "package x"},
	}
	for name, files := range cases {
		t.Run(name, func(t *testing.T) {
			root := writeFiles(t, files)

			code, stdout, stderr := runCLI(t, "lint", "--format", "json", root)
			if code != ExitError {
				t.Errorf("exit code %d, want %d", code, ExitError)
			}
			if !strings.Contains(stderr, "no supported files under "+root+" (supported: ") {
				t.Errorf("stderr %q does not say no supported file was found", stderr)
			}
			r := decodeReport(t, stdout)
			if len(r.Documents) != 0 {
				t.Errorf("documents = %v, want none", r.Documents)
			}
		})
	}
}

func TestLintSkippedFilesOnStderr(t *testing.T) {
	root := writeFiles(t, map[string]string{"policy.md": accessPolicyText, "old.doc": "x", "notes.txt": "x"})
	if err := os.Symlink("/etc/passwd", filepath.Join(root, "passwd.md")); err != nil {
		t.Fatal(err)
	}

	_, stdout, stderr := runCLI(t, "lint", "--format", "json", root)
	for _, want := range []string{"passwd.md: symbolic link, not followed", "old.doc: Word 97-2003 document, a format soc2lint cannot read: convert it to .docx"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q does not contain %q", stderr, want)
		}
	}
	if strings.Contains(stderr, "notes.txt") {
		t.Errorf("stderr %q lists an unsupported file without --verbose", stderr)
	}
	if strings.Contains(stdout, "root:x:0:0") {
		t.Error("the report quotes the target of a symbolic link")
	}

	_, _, stderr = runCLI(t, "lint", "--format", "json", "-v", root)
	if !strings.Contains(stderr, "notes.txt: unsupported file type") {
		t.Errorf("stderr with -v %q does not list notes.txt", stderr)
	}

	_, _, stderr = runCLI(t, "lint", "--format", "json", "--quiet", root)
	if stderr != "" {
		t.Errorf("stderr with --quiet = %q, want nothing", stderr)
	}
}

func TestLintUnknownRuleInConfig(t *testing.T) {
	root := writeFiles(t, map[string]string{
		"policy.md":      accessPolicyText,
		".soc2lint.yaml": "rules:\n  disable:\n    - no-such-rule\n",
	})

	code, stdout, stderr := runCLI(t, "lint", root)
	if code != ExitError {
		t.Errorf("exit code %d, want %d", code, ExitError)
	}
	want := `.soc2lint.yaml:3: rules.disable[0]: unknown rule id "no-such-rule"; run ` + "`soc2lint rules`"
	if !strings.Contains(stderr, want) {
		t.Errorf("stderr %q does not contain %q", stderr, want)
	}
	if stdout != "" {
		t.Errorf("stdout = %q, want no report", stdout)
	}
}

func TestInspectFolder(t *testing.T) {
	root := writeFiles(t, map[string]string{"policy.md": accessPolicyText})

	code, _, stderr := runCLI(t, "inspect", root)
	if code != ExitError {
		t.Errorf("exit code %d, want %d", code, ExitError)
	}
	for _, want := range []string{"it is a folder", "soc2lint lint " + root} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q does not contain %q", stderr, want)
		}
	}
}

func TestSampleFindsConfigAbove(t *testing.T) {
	root := t.TempDir()
	config := "scope:\n  audit_type: type2\n  period:\n    start: 2026-01-01\n    end: 2026-01-31\n"
	if err := os.WriteFile(filepath.Join(root, ".soc2lint.yaml"), []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	evidenceDir := filepath.Join(root, "evidence", "hr")
	if err := os.MkdirAll(evidenceDir, 0o755); err != nil {
		t.Fatal(err)
	}
	writeTerminations(t, evidenceDir, 200)
	t.Chdir(root)

	var stderr bytes.Buffer
	args := []string{"sample", "evidence/hr/leavers.csv", "--seed", "1", "--output", filepath.Join(root, "s.csv")}
	if code := run(args, &bytes.Buffer{}, &stderr); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	// 28 of the 200 leavers left in January, the configured period.
	if !strings.Contains(stderr.String(), "population 28 rows") {
		t.Errorf("stderr %q, want the population limited to the period of the configuration two folders up", stderr.String())
	}
}

func TestRulesCriteriaColumnBounded(t *testing.T) {
	code, stdout, _ := runCLI(t, "rules")
	if code != ExitOK {
		t.Fatalf("exit code %d", code)
	}

	truncated := false
	for _, line := range strings.Split(stdout, "\n")[1:] {
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		criteria := fields[1]
		if strings.Count(criteria, ",") > maxCriteriaShown {
			t.Errorf("%s: criteria column %q lists more than %d ids", fields[0], criteria, maxCriteriaShown)
		}
		truncated = truncated || strings.Contains(criteria, ",…+")
	}
	if !truncated {
		t.Error("no rule has its criteria cut with …+N, but corpus rules cover more than four criteria")
	}
}

func TestCriteriaColumn(t *testing.T) {
	cases := map[string]struct {
		ids  []string
		want string
	}{
		"none":  {nil, ""},
		"four":  {[]string{"CC1.1", "CC1.2", "CC1.3", "CC1.4"}, "CC1.1,CC1.2,CC1.3,CC1.4"},
		"seven": {[]string{"A", "B", "C", "D", "E", "F", "G"}, "A,B,C,D,…+3"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			if got := criteriaColumn(tc.ids); got != tc.want {
				t.Errorf("criteriaColumn = %q, want %q", got, tc.want)
			}
		})
	}
}
