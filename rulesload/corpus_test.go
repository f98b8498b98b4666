package rulesload

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/internal/corpustest"
)

// hostileFile returns the path of a file in the corpus's hostile/ folder, or
// skips the test when SOC2LINT_CORPUS is not set.
func hostileFile(t *testing.T, name string) string {
	t.Helper()
	return filepath.Join(corpustest.Root(t), "hostile", name)
}

func TestHostileRegoV0(t *testing.T) {
	file := hostileFile(t, "rego_v0_syntax.rego")

	_, err := Load([]string{file}, Options{})
	if err == nil {
		t.Fatal("Rego v0 file loaded without error")
	}
	if !strings.Contains(err.Error(), "opa fmt --v0-v1") || !strings.Contains(err.Error(), filepath.ToSlash(file)+":") {
		t.Errorf("error = %v, want file:line and the opa fmt --v0-v1 migration", err)
	}
}

func TestHostileMetadataIndent(t *testing.T) {
	file := hostileFile(t, "rego_metadata_indent.rego")

	_, err := Load([]string{file}, Options{})
	if err == nil {
		t.Fatal("indented METADATA line loaded without error")
	}
	if !strings.Contains(err.Error(), "is indented") || !strings.Contains(err.Error(), filepath.ToSlash(file)+":") {
		t.Errorf("error = %v, want file:line of the indented line", err)
	}
}

func TestHostileMetadataBackToBack(t *testing.T) {
	file := hostileFile(t, "rego_metadata_back_to_back.rego")

	modules, err := Load([]string{file}, Options{})
	if err != nil {
		t.Fatal(err)
	}

	titles := map[string]string{}
	for _, module := range modules {
		for _, annotation := range module.Annotations {
			titles[annotation.Scope] = annotation.Title
		}
	}
	if titles["document"] != "Doc level" || titles["rule"] != "Rule level" {
		t.Errorf("annotations by scope = %v, want both blocks", titles)
	}
}

func TestHostileElseChainLoads(t *testing.T) {
	if _, err := Load([]string{hostileFile(t, "rego_v1_else_chain.rego")}, Options{}); err != nil {
		t.Errorf("Rego v1 file with an else chain: %v", err)
	}
}
