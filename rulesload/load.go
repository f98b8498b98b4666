package rulesload

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules"
)

// MaxFileBytes bounds the size of one Rego file. Rules come from repositories
// that strangers can send pull requests to, and a rule file larger than this
// is almost certainly not hand-written.
const MaxFileBytes = 4 << 20

// Options configure Load.
type Options struct {
	// Tests includes files ending in _test.rego.
	Tests bool
}

// Load parses every .rego file under paths (folders, walked recursively, or
// single files) as Rego v1 and checks it against the built-in rules. The map
// is keyed by the file's path as reached from paths, with forward slashes,
// which is the name errors and findings use. A path given twice is read once.
// All problems found are returned together, each naming its file and line.
func Load(paths []string, opts Options) (map[string]*ast.Module, error) {
	files, err := regoFiles(paths, opts.Tests)
	if err != nil {
		return nil, err
	}

	modules := map[string]*ast.Module{}
	var errs []error
	for _, file := range files {
		module, err := parseFile(file)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		modules[file] = module
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}

	builtin, err := rules.Modules(true)
	if err != nil {
		return nil, fmt.Errorf("loading built-in rules: %w", err)
	}
	if err := checkAgainstBuiltin(modules, builtin); err != nil {
		return nil, err
	}
	if err := engine.CheckBuiltins(modules); err != nil {
		return nil, err
	}

	return modules, nil
}

// regoFiles lists the .rego files under paths, sorted and without
// duplicates. A folder without .rego files is an error, since a mistyped
// folder would otherwise silently run no custom rules.
func regoFiles(paths []string, tests bool) ([]string, error) {
	seen := map[string]bool{}
	var files []string

	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			return nil, fmt.Errorf("reading custom rules: %w", err)
		}

		if !info.IsDir() {
			if !strings.HasSuffix(root, ".rego") {
				return nil, fmt.Errorf("reading custom rules: %s is not a .rego file or a folder", root)
			}
			name := filepath.ToSlash(filepath.Clean(root))
			if !seen[name] {
				seen[name] = true
				files = append(files, name)
			}
			continue
		}

		found := 0
		err = filepath.WalkDir(root, func(path string, entry fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if entry.IsDir() || !strings.HasSuffix(path, ".rego") {
				return nil
			}
			if entry.Type()&fs.ModeSymlink != 0 {
				return fmt.Errorf("%s is a symbolic link; custom rules must be regular files inside the rules folder", path)
			}
			found++
			if !tests && strings.HasSuffix(path, "_test.rego") {
				return nil
			}

			name := filepath.ToSlash(filepath.Clean(path))
			if !seen[name] {
				seen[name] = true
				files = append(files, name)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("reading custom rules in %s: %w", root, err)
		}
		if found == 0 {
			return nil, fmt.Errorf("reading custom rules: no .rego files in %s", root)
		}
	}

	sort.Strings(files)
	return files, nil
}

// parseFile reads and parses one custom rule file.
func parseFile(file string) (*ast.Module, error) {
	info, err := os.Lstat(file)
	if err != nil {
		return nil, fmt.Errorf("reading custom rule: %w", err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file; custom rules must be regular files", file)
	}
	if info.Size() > MaxFileBytes {
		return nil, fmt.Errorf("%s: file is %d bytes, more than the %d bytes a custom rule file may have", file, info.Size(), MaxFileBytes)
	}

	source, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("reading custom rule: %w", err)
	}
	return Parse(file, source)
}
