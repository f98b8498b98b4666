// Package rulesbundle packs the built-in rules and their data as a standard
// OPA bundle, so that a team running OPA or conftest can evaluate the same
// rules on soc2lint's document model (`soc2lint inspect --format json FILE`).
package rulesbundle

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/bundle"

	"github.com/soc2lint/soc2lint/rules"
)

// Root is the only root of the bundle: it owns data.soc2lint.
const Root = "soc2lint"

// regoVersion1 is the manifest's rego_version for Rego v1 modules.
const regoVersion1 = 1

// Build returns a bundle holding the built-in rule modules (without their
// tests), data as data.json, and a manifest with root soc2lint, Rego version 1
// and revision. data must be JSON data rooted at {"soc2lint": {...}}.
func Build(data map[string]any, revision string) (*bundle.Bundle, error) {
	if err := checkRoot(data); err != nil {
		return nil, err
	}

	modules, err := rules.Modules(false)
	if err != nil {
		return nil, fmt.Errorf("loading built-in rules: %w", err)
	}

	paths := make([]string, 0, len(modules))
	for path := range modules {
		paths = append(paths, path)
	}
	sort.Strings(paths)

	b := &bundle.Bundle{Data: data}
	for _, path := range paths {
		raw, err := fs.ReadFile(rules.FS(), path)
		if err != nil {
			return nil, fmt.Errorf("reading built-in rule %s: %w", path, err)
		}
		b.Modules = append(b.Modules, bundle.ModuleFile{
			URL:    "/" + path,
			Path:   "/" + path,
			Raw:    raw,
			Parsed: modules[path],
		})
	}

	roots := []string{Root}
	version := regoVersion1
	b.Manifest = bundle.Manifest{Revision: revision, Roots: &roots, RegoVersion: &version}
	b.Manifest.Init()

	return b, nil
}

// Write writes b as a gzipped tar file, with the rule sources unformatted so
// that their line numbers match the embedded files.
func Write(w io.Writer, b *bundle.Bundle) error {
	if err := bundle.NewWriter(w).DisableFormat(true).Write(*b); err != nil {
		return fmt.Errorf("writing bundle: %w", err)
	}
	return nil
}

// checkRoot rejects data outside data.soc2lint, which OPA would refuse to
// activate because the manifest claims only that root.
func checkRoot(data map[string]any) error {
	for key := range data {
		if key != Root {
			return fmt.Errorf("bundle data key %q is outside the bundle root %s", key, Root)
		}
	}
	return nil
}

// JSONData converts a Go value to the plain maps, slices, strings, numbers
// and booleans that bundle data must consist of.
func JSONData(value any) (any, error) {
	raw, err := json.Marshal(value)
	if err != nil {
		return nil, fmt.Errorf("encoding bundle data: %w", err)
	}

	decoder := json.NewDecoder(strings.NewReader(string(raw)))
	decoder.UseNumber()
	var out any
	if err := decoder.Decode(&out); err != nil {
		return nil, fmt.Errorf("decoding bundle data: %w", err)
	}
	return out, nil
}
