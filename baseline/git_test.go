package baseline

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// newRepo creates a Git repository in a temporary folder with git's own
// command line, isolated from the user's and the system's configuration.
func newRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not on PATH; skipping the tests that build a repository")
	}
	dir := t.TempDir()
	runGit(t, dir, "init", "--quiet", "--initial-branch=main")
	return dir
}

func runGit(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(os.Environ(),
		"GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL="+os.DevNull,
		"GIT_AUTHOR_NAME=Test", "GIT_AUTHOR_EMAIL=test@example.com",
		"GIT_COMMITTER_NAME=Test", "GIT_COMMITTER_EMAIL=test@example.com",
	)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func commitAll(t *testing.T, dir, message string) {
	t.Helper()
	runGit(t, dir, "add", "--all")
	runGit(t, dir, "commit", "--quiet", "-m", message)
}

func TestMaterializeExtractsRevision(t *testing.T) {
	repo := newRepo(t)
	writeFile(t, filepath.Join(repo, "policies", "access.md"), "# Access\n\nVersion one.\n")
	writeFile(t, filepath.Join(repo, "other", "notes.md"), "# Notes\n")
	commitAll(t, repo, "first")

	writeFile(t, filepath.Join(repo, "policies", "access.md"), "# Access\n\nVersion two.\n")
	writeFile(t, filepath.Join(repo, "policies", "new.md"), "# New\n")

	tree, err := Materialize(context.Background(), "HEAD", []string{filepath.Join(repo, "policies")})
	if err != nil {
		t.Fatalf("Materialize: %v", err)
	}
	copyDir := tree.Paths[0]

	data, err := os.ReadFile(filepath.Join(copyDir, "access.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "Version one.") {
		t.Errorf("copy holds %q, want the committed text", data)
	}
	if _, err := os.Stat(filepath.Join(copyDir, "new.md")); !os.IsNotExist(err) {
		t.Errorf("an uncommitted file is in the copy of HEAD (stat error %v)", err)
	}
	if filepath.Base(copyDir) != "policies" {
		t.Errorf("copy is at %s, want it to keep the folder name", copyDir)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(copyDir), "other")); !os.IsNotExist(err) {
		t.Error("a folder outside the requested path was extracted")
	}

	if err := tree.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(copyDir); !os.IsNotExist(err) {
		t.Errorf("Close left %s behind", copyDir)
	}
}

func TestMaterializePathAbsentAtRevision(t *testing.T) {
	repo := newRepo(t)
	writeFile(t, filepath.Join(repo, "README.md"), "# Repo\n")
	commitAll(t, repo, "first")
	writeFile(t, filepath.Join(repo, "policies", "access.md"), "# Access\n")

	tree, err := Materialize(context.Background(), "HEAD", []string{filepath.Join(repo, "policies")})
	if err != nil {
		t.Fatalf("Materialize: %v", err)
	}
	defer tree.Close()

	entries, err := os.ReadDir(tree.Paths[0])
	if err != nil {
		t.Fatalf("the copy of a path absent at HEAD is not an empty folder: %v", err)
	}
	if len(entries) != 0 {
		t.Errorf("copy holds %d entries, want none", len(entries))
	}
}

func TestMaterializeWholeRepository(t *testing.T) {
	repo := newRepo(t)
	writeFile(t, filepath.Join(repo, "a.md"), "# A\n")
	writeFile(t, filepath.Join(repo, "sub", "b.md"), "# B\n")
	commitAll(t, repo, "first")

	tree, err := Materialize(context.Background(), "HEAD", []string{repo})
	if err != nil {
		t.Fatalf("Materialize: %v", err)
	}
	defer tree.Close()

	for _, name := range []string{"a.md", filepath.Join("sub", "b.md")} {
		if _, err := os.Stat(filepath.Join(tree.Paths[0], name)); err != nil {
			t.Errorf("%s missing from the copy: %v", name, err)
		}
	}
}

func TestMaterializeErrors(t *testing.T) {
	repo := newRepo(t)
	writeFile(t, filepath.Join(repo, "a.md"), "# A\n")
	commitAll(t, repo, "first")
	outside := t.TempDir()

	cases := []struct {
		name string
		rev  string
		path string
		want string
	}{
		{"unknown revision", "no-such-branch", repo, `unknown revision "no-such-branch"`},
		{"option as revision", "--output=x", repo, "cannot start with a dash"},
		{"not a repository", "HEAD", outside, "is not inside a Git work tree"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tree, err := Materialize(context.Background(), tc.rev, []string{tc.path})
			if err == nil {
				tree.Close()
				t.Fatalf("Materialize(%q, %s) succeeded", tc.rev, tc.path)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %q, want it to contain %q", err, tc.want)
			}
		})
	}
}
