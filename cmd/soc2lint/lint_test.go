package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/report"
)

// runCLI runs the command line and returns exit code, stdout and stderr.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func decodeReport(t *testing.T, data string) report.Report {
	t.Helper()
	var r report.Report
	if err := json.Unmarshal([]byte(data), &r); err != nil {
		t.Fatalf("report is not valid JSON: %v\n%s", err, data)
	}
	return r
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestVersion(t *testing.T) {
	code, stdout, _ := runCLI(t, "version")
	if code != ExitOK || !strings.HasPrefix(stdout, "soc2lint ") {
		t.Errorf("version: code %d, output %q", code, stdout)
	}
}

func TestLintExampleJSON(t *testing.T) {
	code, stdout, stderr := runCLI(t, "lint", "--format", "json", "--as-of", "2026-11-30", "../../examples/policy-repo")
	if code != ExitFindings {
		t.Fatalf("exit code %d, want %d (the example has error findings); stderr: %s", code, ExitFindings, stderr)
	}

	r := decodeReport(t, stdout)
	if r.Schema != report.Schema || r.Tool.Name != "soc2lint" || r.AsOf != "2026-11-30" {
		t.Errorf("header = %s %s %s", r.Schema, r.Tool.Name, r.AsOf)
	}
	if strings.Join(r.Scope.Categories, ",") != "security,availability,confidentiality" {
		t.Errorf("scope categories = %v, want the example's config", r.Scope.Categories)
	}

	for _, doc := range r.Documents {
		if strings.EqualFold(filepath.Base(doc.File), "README.md") {
			t.Errorf("the example's README was linted as a document")
		}
	}
	if len(r.Documents) < 8 {
		t.Errorf("documents = %d, want every policy", len(r.Documents))
	}

	if len(r.Findings) == 0 {
		t.Fatal("no findings on an example with planted gaps")
	}
	for i := 1; i < len(r.Findings); i++ {
		a, b := r.Findings[i-1], r.Findings[i]
		if a.File > b.File || (a.File == b.File && a.Line > b.Line) {
			t.Errorf("findings not sorted: %s:%d before %s:%d", a.File, a.Line, b.File, b.Line)
		}
	}

	if len(r.Coverage) != 61 {
		t.Errorf("coverage has %d criteria, want 61", len(r.Coverage))
	}
	if r.Summary.Findings != len(r.Findings) || r.Summary.Documents != len(r.Documents) {
		t.Errorf("summary %+v does not match the report", r.Summary)
	}
}

func TestLintTextFormat(t *testing.T) {
	code, stdout, _ := runCLI(t, "lint", "--as-of", "2026-11-30", "--no-color", "../../examples/policy-repo")
	if code != ExitFindings {
		t.Fatalf("exit code %d", code)
	}
	if strings.Contains(stdout, "\x1b[") {
		t.Error("text output has ANSI colors with --no-color")
	}
	if !strings.Contains(stdout, "policies/vendor-management-policy.md:") {
		t.Errorf("no finding line for the stale vendor policy:\n%s", stdout)
	}
	lastLine := strings.TrimSpace(stdout[strings.LastIndex(strings.TrimSpace(stdout), "\n")+1:])
	if !strings.Contains(lastLine, "findings") || !strings.Contains(lastLine, "documents") {
		t.Errorf("last line %q is not a summary", lastLine)
	}
}

func TestLintFailOnNone(t *testing.T) {
	code, _, _ := runCLI(t, "lint", "--fail-on", "none", "--format", "json", "../../examples/policy-repo")
	if code != ExitOK {
		t.Errorf("exit code %d with --fail-on none, want 0", code)
	}
}

func TestLintOutputFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.json")
	code, stdout, _ := runCLI(t, "lint", "--format", "json", "--output", out, "--fail-on", "none", "../../examples/policy-repo")
	if code != ExitOK || stdout != "" {
		t.Fatalf("exit code %d, stdout %q: want 0 and nothing on stdout", code, stdout)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	decodeReport(t, string(data))
}

func TestLintUsageErrors(t *testing.T) {
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"bad format", []string{"lint", "--format", "xml", "."}, `invalid --format "xml"`},
		{"bad fail-on", []string{"lint", "--fail-on", "fatal", "."}, `invalid --fail-on "fatal"`},
		{"bad as-of", []string{"lint", "--as-of", "30/11/2026", "."}, `invalid --as-of "30/11/2026"`},
		{"unknown flag", []string{"lint", "--colour", "."}, "unknown flag: --colour"},
		{"missing path", []string{"lint", "does-not-exist"}, "does-not-exist"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, tc.args...)
			if code != ExitError {
				t.Errorf("exit code %d, want %d", code, ExitError)
			}
			if !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr %q does not contain %q", stderr, tc.want)
			}
		})
	}
}

func TestLintBadConfigNamesKeyAndLine(t *testing.T) {
	root := writeFiles(t, map[string]string{
		".soc2lint.yaml": "scope:\n  categories: [security]\n  audit: type2\n",
		"policy.md":      "# Policy\n",
	})

	code, _, stderr := runCLI(t, "lint", root)
	if code != ExitError {
		t.Errorf("exit code %d, want %d", code, ExitError)
	}
	if !strings.Contains(stderr, ".soc2lint.yaml:3: scope.audit: unknown key") {
		t.Errorf("stderr %q does not name the key and line", stderr)
	}
}

func TestLintBadFilesDoNotStopTheRun(t *testing.T) {
	root := writeFiles(t, map[string]string{
		"policies/binary.md":           "\x00\x01\x02PK\x03\x04 not text",
		"policies/empty.md":            "",
		"policies/bad-yaml.md":         "---\ntitle: [unclosed\nowner: \"Jane\n---\n\n# Access Policy\n\nAccess must be approved.\n",
		"policies/truncated.pdf":       "%PDF-1.7\n1 0 obj\n<< /Type /Catalog",
		"policies/good-policy.md":      "---\ntitle: Good Policy\nowner: CISO\nversion: 1\napproved_on: 2026-06-01\nnext_review: 2027-06-01\n---\n\n# Good Policy\n\nAll staff must complete training annually.\n",
		"evidence/not-a-workbook.xlsx": "this is not a zip file",
	})

	code, stdout, stderr := runCLI(t, "lint", "--format", "json", "--as-of", "2026-11-30", root)
	if code != ExitFindings {
		t.Fatalf("exit code %d, want %d; stderr: %s", code, ExitFindings, stderr)
	}

	r := decodeReport(t, stdout)
	byFile := map[string][]string{}
	for _, f := range r.Findings {
		byFile[f.File] = append(byFile[f.File], f.RuleID)
	}

	for file, rule := range map[string]string{
		"policies/binary.md":           "parse-error",
		"policies/truncated.pdf":       "parse-error",
		"evidence/not-a-workbook.xlsx": "parse-error",
		"policies/empty.md":            "document-empty",
		"policies/bad-yaml.md":         "front-matter-invalid",
	} {
		if !slices.Contains(byFile[file], rule) {
			t.Errorf("%s: findings %v, want %s", file, byFile[file], rule)
		}
	}

	documents := map[string]bool{}
	for _, doc := range r.Documents {
		documents[doc.File] = true
	}
	if !documents["policies/good-policy.md"] {
		t.Errorf("the good policy was not linted after the bad files: %v", documents)
	}
}
