package baseline

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Tree is a temporary copy of the linted paths as they were at a Git
// revision.
type Tree struct {
	// Paths are the copies of the requested paths, in the same order. Each
	// copy has the same layout below it as the original, so findings carry
	// the same relative file names in both runs.
	Paths []string

	dir string
}

// Close removes the temporary copy.
func (t *Tree) Close() error {
	if t == nil || t.dir == "" {
		return nil
	}
	if err := os.RemoveAll(t.dir); err != nil {
		return fmt.Errorf("removing the copy of the baseline revision %s: %w", t.dir, err)
	}
	return nil
}

// Materialize extracts each of paths as it was at revision rev into a new
// temporary folder, using `git archive`. Every path must lie inside a Git
// work tree. A path that did not exist at rev becomes an empty folder, so
// everything under it counts as new. The caller must Close the tree.
func Materialize(ctx context.Context, rev string, paths []string) (*Tree, error) {
	if strings.HasPrefix(rev, "-") {
		return nil, fmt.Errorf("invalid revision %q: a revision cannot start with a dash", rev)
	}
	if _, err := exec.LookPath("git"); err != nil {
		return nil, fmt.Errorf("comparing with revision %s needs git on PATH: %w", rev, err)
	}

	dir, err := os.MkdirTemp("", "soc2lint-baseline-")
	if err != nil {
		return nil, fmt.Errorf("creating a folder for revision %s: %w", rev, err)
	}
	tree := &Tree{dir: dir}

	for i, path := range paths {
		copyRoot := filepath.Join(dir, fmt.Sprint(i))
		copied, err := extract(ctx, rev, path, copyRoot)
		if err != nil {
			return nil, errors.Join(err, tree.Close())
		}
		tree.Paths = append(tree.Paths, copied)
	}
	return tree, nil
}

// extract writes path as of rev below root and returns where it landed.
func extract(ctx context.Context, rev, path, root string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", fmt.Errorf("resolving %s: %w", path, err)
	}
	if resolved, err := filepath.EvalSymlinks(abs); err == nil {
		abs = resolved
	}

	workDir := abs
	if info, err := os.Stat(abs); err == nil && !info.IsDir() {
		workDir = filepath.Dir(abs)
	}

	top, err := git(ctx, workDir, nil, "rev-parse", "--show-toplevel")
	if err != nil {
		return "", fmt.Errorf("%s is not inside a Git work tree, so --new-from-rev cannot read its history: %w", path, err)
	}
	top = strings.TrimSpace(top)
	if resolved, err := filepath.EvalSymlinks(top); err == nil {
		top = resolved
	}

	if _, err := git(ctx, top, nil, "rev-parse", "--verify", "--quiet", rev+"^{commit}"); err != nil {
		return "", fmt.Errorf("unknown revision %q in %s: name a commit, branch or tag such as HEAD or origin/main", rev, top)
	}

	rel, err := filepath.Rel(top, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("%s is outside the Git work tree %s", path, top)
	}
	rel = filepath.ToSlash(rel)
	copied := filepath.Join(root, filepath.FromSlash(rel))

	object := rev + ":" + rel
	if rel == "." {
		object = rev + "^{tree}"
	}
	if _, err := git(ctx, top, nil, "cat-file", "-e", object); err != nil {
		// The path did not exist at rev: an empty folder makes every
		// current finding under it new.
		if err := os.MkdirAll(copied, 0o755); err != nil {
			return "", fmt.Errorf("creating %s: %w", copied, err)
		}
		return copied, nil
	}

	// NOTE: the archive is held in memory; policy folders are small, but a
	// path that holds large evidence exports costs their size in memory.
	var archive bytes.Buffer
	if _, err := git(ctx, top, &archive, "archive", "--format=tar", rev, "--", rel); err != nil {
		return "", fmt.Errorf("reading %s at revision %s: %w", rel, rev, err)
	}
	if err := untar(&archive, root); err != nil {
		return "", fmt.Errorf("extracting %s at revision %s: %w", rel, rev, err)
	}
	return copied, nil
}

// untar writes the regular files and folders of a tar stream below root.
// Links are skipped, and a name that would escape root is an error.
func untar(r io.Reader, root string) error {
	reader := tar.NewReader(r)
	for {
		header, err := reader.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}

		name := filepath.FromSlash(header.Name)
		if !filepath.IsLocal(name) {
			return fmt.Errorf("archive entry %q is outside the extraction folder", header.Name)
		}
		target := filepath.Join(root, name)

		switch header.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(target, 0o755); err != nil {
				return err
			}
		case tar.TypeReg:
			if err := writeEntry(target, reader); err != nil {
				return err
			}
		}
	}
}

func writeEntry(target string, r io.Reader) error {
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		return err
	}
	file, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	_, copyErr := io.Copy(file, r)
	return errors.Join(copyErr, file.Close())
}

// git runs git in dir. When stdout is nil the output is returned as a
// string; standard error is folded into the returned error.
func git(ctx context.Context, dir string, stdout io.Writer, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", dir}, args...)...)

	var out, stderr bytes.Buffer
	cmd.Stdout = &out
	if stdout != nil {
		cmd.Stdout = stdout
	}
	cmd.Stderr = &stderr

	if err := cmd.Run(); err != nil {
		if message := strings.TrimSpace(stderr.String()); message != "" {
			return "", fmt.Errorf("git %s: %s: %w", strings.Join(args, " "), message, err)
		}
		return "", fmt.Errorf("git %s: %w", strings.Join(args, " "), err)
	}
	return out.String(), nil
}
