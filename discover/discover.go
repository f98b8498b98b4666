// Package discover finds the files to lint under the paths a user names.
//
// A folder is walked recursively; hidden folders, dependency folders and a
// repository's own README, CHANGELOG, CONTRIBUTING, LICENSE and similar
// files are skipped, because they describe the repository and are not
// policies. Symbolic links are never followed. Every skipped entry is
// returned with its reason, and the ones the user must hear of (an
// unreadable folder, a link, a legacy Office file) are marked as warnings.
// A file named on the command line is always linted when its format is
// supported.
package discover

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// File is a file to lint.
type File struct {
	// Path is the path to open.
	Path string

	// Rel is the path relative to Root, with forward slashes.
	Rel string

	// Root is the linted folder the file was found under.
	Root string

	// Format is the parser format for the file's extension.
	Format string
}

// Skipped is a file or folder passed over, with the reason.
type Skipped struct {
	Path   string
	Reason string

	// Warn is set when the user must hear of the entry even without
	// --verbose: it may hold a policy that is left unchecked, such as an
	// unreadable folder, a symbolic link or a legacy Word file.
	Warn bool
}

// Options select files inside a folder.
type Options struct {
	// Include globs, relative to the root; empty means every supported file.
	Include []string

	// Exclude globs, relative to the root.
	Exclude []string

	// Formats maps a lower-case file suffix (".md", ".md.tmpl") to a format.
	Formats map[string]string
}

// Result is the outcome of Walk: the files to lint and the entries skipped.
type Result struct {
	Files   []File
	Skipped []Skipped
}

// Walk returns the files to lint under root, which may be a folder or a
// single file, sorted by relative path. It returns an error when root does
// not exist or cannot be listed; a subfolder that cannot be listed is
// skipped with a warning.
func Walk(root string, opts Options) (Result, error) {
	var result Result

	info, err := os.Stat(root)
	if err != nil {
		return result, fmt.Errorf("cannot lint %s: %w", root, err)
	}

	if !info.IsDir() {
		format := FormatOf(root, opts.Formats)
		if format == "" {
			return result, fmt.Errorf("cannot lint %s: unsupported file type (supported: %s)", root, SuffixList(opts.Formats))
		}
		result.Files = append(result.Files, File{
			Path: root, Rel: filepath.ToSlash(filepath.Base(root)), Root: filepath.Dir(root), Format: format,
		})
		return result, nil
	}

	walkErr := filepath.WalkDir(root, func(path string, entry fs.DirEntry, err error) error {
		if err != nil {
			if path == root {
				return err
			}
			result.Skipped = append(result.Skipped, unreadable(path, err))
			if entry != nil && entry.IsDir() {
				return fs.SkipDir
			}
			return nil
		}

		rel, relErr := filepath.Rel(root, path)
		if relErr != nil {
			return relErr
		}
		rel = filepath.ToSlash(rel)

		if entry.IsDir() {
			if rel == "." {
				return nil
			}
			if reason := skipDir(rel, entry.Name(), opts); reason != "" {
				result.Skipped = append(result.Skipped, Skipped{Path: path, Reason: reason})
				return fs.SkipDir
			}
			return nil
		}

		if skipped, ok := skipFile(path, rel, entry, opts); ok {
			result.Skipped = append(result.Skipped, skipped)
			return nil
		}

		result.Files = append(result.Files, File{
			Path: path, Rel: rel, Root: root, Format: FormatOf(path, opts.Formats),
		})
		return nil
	})
	if walkErr != nil {
		return result, fmt.Errorf("cannot lint %s: %w", root, walkErr)
	}

	sort.Slice(result.Files, func(i, j int) bool { return result.Files[i].Rel < result.Files[j].Rel })
	return result, nil
}

// FormatOf returns the format for the longest matching suffix of name, or "".
func FormatOf(name string, formats map[string]string) string {
	lower := strings.ToLower(filepath.Base(name))
	best, format := 0, ""
	for suffix, f := range formats {
		if strings.HasSuffix(lower, suffix) && len(suffix) > best && len(lower) > len(suffix) {
			best, format = len(suffix), f
		}
	}
	return format
}

func matchAny(patterns []string, rel string) bool {
	for _, pattern := range patterns {
		if ok, err := doublestar.Match(pattern, rel); err == nil && ok {
			return true
		}
		// A pattern naming a folder ("drafts" or "drafts/") covers its contents.
		trimmed := strings.TrimSuffix(pattern, "/")
		if !strings.ContainsAny(trimmed, "*?[{") && (rel == trimmed || strings.HasPrefix(rel, trimmed+"/")) {
			return true
		}
	}
	return false
}

// SuffixList returns the supported suffixes of formats, sorted and joined
// for messages.
func SuffixList(formats map[string]string) string {
	suffixes := make([]string, 0, len(formats))
	for suffix := range formats {
		suffixes = append(suffixes, suffix)
	}
	sort.Strings(suffixes)
	return strings.Join(suffixes, ", ")
}

// ErrNoFiles is returned by callers when nothing was found to lint.
var ErrNoFiles = errors.New("no files to lint")

// Clean returns p cleaned for display, without a leading "./".
func Clean(p string) string {
	return strings.TrimPrefix(path.Clean(filepath.ToSlash(p)), "./")
}
