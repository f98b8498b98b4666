package discover

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var testFormats = map[string]string{".md": "markdown", ".csv": "csv", ".docx": "docx", ".xlsx": "xlsx"}

// writeTree creates files under a temporary folder and returns it.
func writeTree(t *testing.T, files ...string) string {
	t.Helper()
	root := t.TempDir()
	for _, name := range files {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("# Policy\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// skippedByRel returns the skipped entries keyed by path relative to root.
func skippedByRel(t *testing.T, root string, result Result) map[string]Skipped {
	t.Helper()
	out := map[string]Skipped{}
	for _, skipped := range result.Skipped {
		rel, err := filepath.Rel(root, skipped.Path)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.ToSlash(rel)] = skipped
	}
	return out
}

func fileRels(result Result) []string {
	var rels []string
	for _, file := range result.Files {
		rels = append(rels, file.Rel)
	}
	return rels
}

func TestWalkReportsEverySkippedFile(t *testing.T) {
	root := writeTree(t, "policy.md", "README.md", "renamed.doc", "budget.XLS", "x.zip", "notes.txt",
		"r.rego", ".hidden.md", ".git/config", "node_modules/p/a.md", "drafts/d.md")
	if err := os.Symlink("/etc/passwd", filepath.Join(root, "passwd.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("policy.md", filepath.Join(root, "link.md")); err != nil {
		t.Fatal(err)
	}

	result, err := Walk(root, Options{Formats: testFormats, Exclude: []string{"drafts"}})
	if err != nil {
		t.Fatal(err)
	}

	if got := fileRels(result); !slices.Equal(got, []string{"policy.md"}) {
		t.Errorf("files = %v, want only policy.md", got)
	}

	skipped := skippedByRel(t, root, result)
	cases := []struct {
		rel    string
		reason string
		warn   bool
	}{
		{"passwd.md", "symbolic link, not followed", true},
		{"link.md", "symbolic link, not followed", true},
		{"renamed.doc", "convert it to .docx", true},
		{"budget.XLS", "convert it to .xlsx", true},
		{"x.zip", ReasonUnsupported, false},
		{"notes.txt", ReasonUnsupported, false},
		{"r.rego", ReasonUnsupported, false},
		{"README.md", "repository file", false},
		{".hidden.md", "hidden file", false},
		{".git", "hidden folder", false},
		{"node_modules", "dependency folder", false},
		{"drafts", "matched by exclude", false},
	}
	for _, tc := range cases {
		got, ok := skipped[tc.rel]
		if !ok {
			t.Errorf("%s: not in Skipped", tc.rel)
			continue
		}
		if !strings.Contains(got.Reason, tc.reason) {
			t.Errorf("%s: reason %q, want it to contain %q", tc.rel, got.Reason, tc.reason)
		}
		if got.Warn != tc.warn {
			t.Errorf("%s: warn = %v, want %v", tc.rel, got.Warn, tc.warn)
		}
	}
}

func TestWalkExcludeSilencesWarnings(t *testing.T) {
	root := writeTree(t, "policy.md", "old/renamed.doc")
	if err := os.Symlink("policy.md", filepath.Join(root, "link.md")); err != nil {
		t.Fatal(err)
	}

	result, err := Walk(root, Options{Formats: testFormats, Exclude: []string{"link.md", "**/*.doc"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, skipped := range result.Skipped {
		if skipped.Warn {
			t.Errorf("excluded %s is still a warning: %s", skipped.Path, skipped.Reason)
		}
	}
}

func TestWalkEmptyFolder(t *testing.T) {
	root := t.TempDir()
	result, err := Walk(root, Options{Formats: testFormats})
	if err != nil {
		t.Fatalf("Walk = %v, want no error for an empty folder", err)
	}
	if len(result.Files) != 0 || len(result.Skipped) != 0 {
		t.Errorf("result = %+v, want nothing", result)
	}
}

func TestWalkMissingRoot(t *testing.T) {
	_, err := Walk(filepath.Join(t.TempDir(), "missing"), Options{Formats: testFormats})
	if err == nil || !strings.Contains(err.Error(), "cannot lint") {
		t.Errorf("err = %v, want a cannot lint error", err)
	}
}

// TestWalkUnreadableFolder needs a user that permissions apply to; as root
// it re-runs itself as the unprivileged user nobody through setpriv.
func TestWalkUnreadableFolder(t *testing.T) {
	root := writeTree(t, "policy.md", "secret/s.md")
	if err := os.Chmod(filepath.Join(root, "secret"), 0o700); err != nil {
		t.Fatal(err)
	}

	if os.Geteuid() == 0 {
		runAsNobody(t, root)
		return
	}
	if os.Getenv("DISCOVER_TEST_ROOT") != "" {
		root = os.Getenv("DISCOVER_TEST_ROOT")
	}

	result, err := Walk(root, Options{Formats: testFormats})
	if err != nil {
		t.Fatal(err)
	}
	if got := fileRels(result); !slices.Equal(got, []string{"policy.md"}) {
		t.Errorf("files = %v, want policy.md", got)
	}
	got, ok := skippedByRel(t, root, result)["secret"]
	if !ok || !got.Warn || !strings.Contains(got.Reason, "cannot read the folder (permission denied)") {
		t.Errorf("secret = %+v (found %v), want a permission-denied warning", got, ok)
	}

	if err := os.Chmod(root, 0o300); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(root, 0o755)
	if _, err := Walk(root, Options{Formats: testFormats}); err == nil || !strings.Contains(err.Error(), "permission denied") {
		t.Errorf("Walk on an unreadable root = %v, want a permission-denied error", err)
	}
}

// runAsNobody gives root and policy.md to the user nobody, leaving the
// secret folder to root, and runs TestWalkUnreadableFolder on it as nobody.
// It skips the test when setpriv is missing.
func runAsNobody(t *testing.T, root string) {
	t.Helper()
	if os.Getenv("DISCOVER_TEST_ROOT") != "" {
		t.Fatal("still root after setpriv")
	}
	setpriv, err := exec.LookPath("setpriv")
	if err != nil {
		t.Skip("running as root without setpriv: folder permissions cannot be tested")
	}

	// The user nobody must reach root through the temporary folders above
	// it, and own root so that the test can change its mode.
	for dir := root; dir != "/" && dir != os.TempDir(); dir = filepath.Dir(dir) {
		if err := os.Chmod(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, path := range []string{root, filepath.Join(root, "policy.md")} {
		if err := os.Chown(path, 65534, 65534); err != nil {
			t.Fatal(err)
		}
	}

	cmd := exec.Command(setpriv, "--reuid=65534", "--regid=65534", "--clear-groups",
		os.Args[0], "-test.run=^TestWalkUnreadableFolder$", "-test.v")
	cmd.Env = append(os.Environ(), "DISCOVER_TEST_ROOT="+root)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("test as nobody failed: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "--- PASS: TestWalkUnreadableFolder") {
		t.Fatalf("test as nobody did not pass:\n%s", out)
	}
	t.Logf("as nobody:\n%s", out)
}
