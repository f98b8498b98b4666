// Package rules embeds the built-in Rego rules.
//
// The folder tree under soc2lint/ mirrors the Rego package paths, as in an OPA
// bundle:
//
//	soc2lint/lib/...            shared helpers (package soc2lint.lib.*)
//	soc2lint/rules/GROUP/...    document rules (package soc2lint.rules.GROUP.NAME),
//	                            evaluated once per document with the document as input
//	soc2lint/corpus/...         corpus rules (package soc2lint.corpus.NAME), evaluated
//	                            once per run with {"documents": [...]} as input
//	soc2lint/coverage/...       which criteria a document supports
//
// Each rule package defines `deny`, a set of violations, and carries a
// package-scope METADATA block; docs/writing-rules.md describes both.
// Files ending in _test.rego hold the rules' unit tests.
package rules

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

//go:embed soc2lint
var files embed.FS

// FS returns the embedded rule tree, rooted at the folder that holds soc2lint/.
func FS() fs.FS {
	return files
}

// Modules parses the embedded Rego files as Rego v1 with annotations
// processed. Test files are included only when withTests is true. The map is
// keyed by the file's path in FS.
func Modules(withTests bool) (map[string]*ast.Module, error) {
	return ParseFS(files, withTests)
}

// ParseFS parses every .rego file in fsys as Rego v1 with annotations
// processed, keyed by path. Test files (_test.rego) are skipped unless
// withTests is true.
func ParseFS(fsys fs.FS, withTests bool) (map[string]*ast.Module, error) {
	modules := map[string]*ast.Module{}

	err := fs.WalkDir(fsys, ".", func(path string, entry fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if entry.IsDir() || !strings.HasSuffix(path, ".rego") {
			return nil
		}
		if !withTests && strings.HasSuffix(path, "_test.rego") {
			return nil
		}

		source, err := fs.ReadFile(fsys, path)
		if err != nil {
			return fmt.Errorf("reading rule file %s: %w", path, err)
		}

		module, err := ast.ParseModuleWithOpts(path, string(source), ast.ParserOptions{
			ProcessAnnotation: true,
			RegoVersion:       ast.RegoV1,
		})
		if err != nil {
			return fmt.Errorf("parsing rule file %s: %w", path, err)
		}
		modules[path] = module
		return nil
	})
	if err != nil {
		return nil, err
	}

	return modules, nil
}
