// Package discover finds the files to lint under the paths a user names.
//
// A folder is walked recursively; hidden folders, dependency folders and a
// repository's own README, CHANGELOG, CONTRIBUTING, LICENSE and similar
// files are skipped, because they describe the repository and are not
// policies. A file named on the command line is always linted when its format
// is supported.
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

// Skipped is a file passed over, with the reason, for --verbose output.
type Skipped struct {
	Path   string
	Reason string
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

// Result is what Walk found.
type Result struct {
	Files   []File
	Skipped []Skipped
}

// skippedDirs are folder names never walked into.
var skippedDirs = map[string]bool{
	"node_modules": true, "vendor": true, "third_party": true, "__pycache__": true,
}

// repositoryFiles are base names, without extension and lower-cased, of files
// that describe a repository rather than a policy.
var repositoryFiles = map[string]bool{
	"readme": true, "changelog": true, "changes": true, "history": true, "contributing": true,
	"license": true, "licence": true, "copying": true, "notice": true, "authors": true,
	"code_of_conduct": true, "code-of-conduct": true, "pull_request_template": true,
	"issue_template": true, "codeowners": true, "maintainers": true,
}

// Walk returns the files to lint under root, which may be a folder or a
// single file, sorted by relative path. It returns an error when root does
// not exist.
func Walk(root string, opts Options) (Result, error) {
	var result Result

	info, err := os.Stat(root)
	if err != nil {
		return result, fmt.Errorf("cannot lint %s: %w", root, err)
	}

	if !info.IsDir() {
		format := FormatOf(root, opts.Formats)
		if format == "" {
			return result, fmt.Errorf("cannot lint %s: unsupported file type (supported: %s)", root, suffixList(opts.Formats))
		}
		result.Files = append(result.Files, File{
			Path: root, Rel: filepath.ToSlash(filepath.Base(root)), Root: filepath.Dir(root), Format: format,
		})
		return result, nil
	}

	walkErr := filepath.WalkDir(root, func(path string, entry fs.DirEntry, err error) error {
		if err != nil {
			result.Skipped = append(result.Skipped, Skipped{Path: path, Reason: err.Error()})
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
			if rel != "." && skipDir(entry.Name()) {
				return fs.SkipDir
			}
			if rel != "." && matchAny(opts.Exclude, rel) {
				return fs.SkipDir
			}
			return nil
		}

		if reason := skipFile(rel, entry, opts); reason != "" {
			if reason != "unsupported" {
				result.Skipped = append(result.Skipped, Skipped{Path: path, Reason: reason})
			}
			return nil
		}

		result.Files = append(result.Files, File{
			Path: path, Rel: rel, Root: root, Format: FormatOf(path, opts.Formats),
		})
		return nil
	})
	if walkErr != nil {
		return result, fmt.Errorf("walking %s: %w", root, walkErr)
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

func skipDir(name string) bool {
	return strings.HasPrefix(name, ".") || skippedDirs[name]
}

// skipFile returns why a file is not linted, "unsupported" for files of
// other types (not worth listing), or "" to lint it.
func skipFile(rel string, entry fs.DirEntry, opts Options) string {
	name := entry.Name()
	if strings.HasPrefix(name, ".") {
		return "unsupported"
	}
	if !entry.Type().IsRegular() {
		return "not a regular file"
	}
	if FormatOf(name, opts.Formats) == "" {
		return "unsupported"
	}
	if IsRepositoryFile(name) {
		return "repository file, not a policy"
	}
	if len(opts.Include) > 0 && !matchAny(opts.Include, rel) {
		return "not matched by include"
	}
	if matchAny(opts.Exclude, rel) {
		return "matched by exclude"
	}
	return ""
}

// IsRepositoryFile reports whether name is a README, CHANGELOG, LICENSE or
// similar file that describes a repository rather than a policy.
func IsRepositoryFile(name string) bool {
	base := strings.ToLower(name)
	if i := strings.Index(base, "."); i > 0 {
		base = base[:i]
	}
	return repositoryFiles[base]
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

func suffixList(formats map[string]string) string {
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
