package discover

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"
)

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

// legacyFormat is a document format that policies are often kept in but
// that soc2lint cannot read, with the format to convert it to.
type legacyFormat struct {
	name      string
	convertTo string
}

// legacyFormats maps a lower-case suffix to its legacy format.
var legacyFormats = map[string]legacyFormat{
	".doc": {name: "Word 97-2003 document", convertTo: ".docx"},
	".xls": {name: "Excel 97-2003 workbook", convertTo: ".xlsx"},
	".rtf": {name: "Rich Text document", convertTo: ".docx"},
	".odt": {name: "OpenDocument text", convertTo: ".docx"},
	".ods": {name: "OpenDocument spreadsheet", convertTo: ".xlsx"},
}

// Reasons for skipping that the caller may want to compare against.
const (
	ReasonUnsupported = "unsupported file type"
	ReasonSymlink     = "symbolic link, not followed because it could point outside the repository: lint the file it points to instead"
)

// skipDir returns why the folder at rel is not walked, or "" to walk it.
func skipDir(rel, name string, opts Options) string {
	switch {
	case strings.HasPrefix(name, "."):
		return "hidden folder"
	case skippedDirs[name]:
		return "dependency folder"
	case matchAny(opts.Exclude, rel):
		return "matched by exclude"
	}
	return ""
}

// skipFile returns why the file at rel is not linted, and false when it is
// linted. Entries that the include and exclude globs leave out are never
// warnings, so that excluding a symbolic link or a legacy file silences it.
func skipFile(path, rel string, entry fs.DirEntry, opts Options) (Skipped, bool) {
	name := entry.Name()
	quiet := func(reason string) (Skipped, bool) {
		return Skipped{Path: path, Reason: reason}, true
	}
	warn := func(reason string) (Skipped, bool) {
		return Skipped{Path: path, Reason: reason, Warn: true}, true
	}

	switch {
	case strings.HasPrefix(name, "."):
		return quiet("hidden file")
	case matchAny(opts.Exclude, rel):
		return quiet("matched by exclude")
	case len(opts.Include) > 0 && !matchAny(opts.Include, rel):
		return quiet("not matched by include")
	case entry.Type()&fs.ModeSymlink != 0:
		return warn(ReasonSymlink)
	case !entry.Type().IsRegular():
		return warn("not a regular file (a device, pipe or socket)")
	}

	if FormatOf(name, opts.Formats) == "" {
		if legacy, ok := legacyFormats[strings.ToLower(filepath.Ext(name))]; ok {
			return warn(legacy.name + ", a format soc2lint cannot read: convert it to " + legacy.convertTo)
		}
		return quiet(ReasonUnsupported)
	}
	if IsRepositoryFile(name) {
		return quiet("repository file, not a policy")
	}
	return Skipped{}, false
}

// unreadable describes a folder that could not be listed. The path is
// already in Skipped, so the reason keeps only the cause.
func unreadable(path string, err error) Skipped {
	cause := err
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		cause = pathErr.Err
	}
	return Skipped{Path: path, Reason: "cannot read the folder (" + cause.Error() + "), so its files are not linted", Warn: true}
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
