package suppress

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/soc2lint/soc2lint/config"
	"github.com/soc2lint/soc2lint/finding"
)

// markdownSuffixes are the file names whose HTML comments are read as
// directives. Other formats have no comment syntax an author could use.
var markdownSuffixes = []string{".md", ".markdown", ".md.tmpl"}

// File names a linted file.
type File struct {
	// Path is the path to open.
	Path string

	// Rel is the path relative to the linted root, as in Finding.File.
	Rel string
}

// Options are the inputs of Apply.
type Options struct {
	// Files are the linted files; only Markdown files are read.
	Files []File

	// Entries are the configuration's suppress list.
	Entries []config.Suppression

	// ConfigFile is the configuration the entries come from, for messages
	// and for Suppression.File.
	ConfigFile string

	// KnownRule reports whether a rule id exists. A nil KnownRule accepts
	// every id.
	KnownRule func(id string) bool

	// MaxFileBytes bounds how much of a file is read; 0 reads it all.
	MaxFileBytes int64
}

// Apply marks the findings that a directive or a config entry waives and
// returns them with one suppression-invalid finding per directive or entry
// that cannot be applied. An inline directive takes precedence over a
// config entry, being closer to the text. A file that cannot be read is
// skipped, because the parser has already reported it.
//
// TODO: report directives and entries that match no finding, so stale
// waivers are removed once the text is fixed.
func Apply(findings []finding.Finding, opts Options) []finding.Finding {
	known := opts.KnownRule
	if known == nil {
		known = func(string) bool { return true }
	}

	byFile := map[string][]Directive{}
	var invalid []finding.Finding

	for _, file := range opts.Files {
		if !isMarkdown(file.Rel) {
			continue
		}
		src, err := readBounded(file.Path, opts.MaxFileBytes)
		if err != nil {
			continue
		}

		directives, problems := Scan(src)
		for _, problem := range problems {
			invalid = append(invalid, invalidFinding(file.Rel, problem))
		}
		for i, directive := range directives {
			kept := directive.Rules[:0:0]
			for _, id := range directive.Rules {
				if known(id) {
					kept = append(kept, id)
					continue
				}
				invalid = append(invalid, invalidFinding(file.Rel, *problemf(directive.Line,
					"the directive on line %d names rule %q, which does not exist: copy the id from the finding's [rule-id] or from `soc2lint rules`",
					"la directiva de la línea %d indica la regla %q, que no existe: copie el id del [id-de-regla] del hallazgo o de `soc2lint rules`",
					directive.Line, id)))
			}
			directives[i].Rules = kept
		}
		byFile[file.Rel] = directives
	}

	entries := make([]config.Suppression, 0, len(opts.Entries))
	configFile := filepath.ToSlash(opts.ConfigFile)
	for _, entry := range opts.Entries {
		if known(entry.Rule) {
			entries = append(entries, entry)
			continue
		}
		invalid = append(invalid, invalidFinding("", *problemf(entry.Line,
			"the suppress entry at %s:%d names rule %q, which does not exist: copy the id from the finding's [rule-id] or from `soc2lint rules`",
			"la entrada de suppress en %s:%d indica la regla %q, que no existe: copie el id del [id-de-regla] del hallazgo o de `soc2lint rules`",
			configFile, entry.Line, entry.Rule)))
	}

	out := make([]finding.Finding, 0, len(findings)+len(invalid))
	for _, f := range findings {
		if f.RuleID != RuleInvalid && f.Suppression == nil {
			f.Suppression = match(f, byFile[f.File], entries, configFile)
		}
		out = append(out, f)
	}
	return append(out, invalid...)
}

// match returns the first waiver of f: an inline directive of its file,
// else a config entry.
func match(f finding.Finding, directives []Directive, entries []config.Suppression, configFile string) *finding.Suppression {
	for _, directive := range directives {
		if directive.Covers(f.RuleID, f.Line) {
			return &finding.Suppression{Reason: directive.Reason, Source: finding.SuppressionInline, Line: directive.Line}
		}
	}

	for _, entry := range entries {
		if entry.Rule != f.RuleID {
			continue
		}
		if entry.File != "" {
			// A corpus-level finding belongs to no file, so a glob never
			// matches it.
			matched, err := doublestar.Match(entry.File, f.File)
			if err != nil || !matched || f.File == "" {
				continue
			}
		}
		return &finding.Suppression{Reason: entry.Reason, Source: finding.SuppressionConfig, File: configFile, Line: entry.Line}
	}
	return nil
}

func isMarkdown(name string) bool {
	lower := strings.ToLower(name)
	for _, suffix := range markdownSuffixes {
		if strings.HasSuffix(lower, suffix) {
			return true
		}
	}
	return false
}

// readBounded reads up to limit bytes of path; directives past the limit are
// not seen, but the parser rejects such a file anyway.
func readBounded(path string, limit int64) ([]byte, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s for suppression directives: %w", path, err)
	}
	defer file.Close()

	var reader io.Reader = file
	if limit > 0 {
		reader = io.LimitReader(file, limit)
	}
	data, err := io.ReadAll(reader)
	if err != nil {
		return nil, fmt.Errorf("reading %s for suppression directives: %w", path, err)
	}
	return data, nil
}
