package rulesload

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
)

func TestLoadCustomRule(t *testing.T) {
	modules, err := Load([]string{"testdata/good"}, Options{})
	if err != nil {
		t.Fatal(err)
	}

	if len(modules) != 1 {
		t.Fatalf("loaded %d modules, want only owner.rego without its test file", len(modules))
	}
	module, ok := modules["testdata/good/owner.rego"]
	if !ok {
		t.Fatalf("modules are keyed %v, want testdata/good/owner.rego", keys(modules))
	}

	scopes := map[string]string{}
	for _, annotation := range module.Annotations {
		scopes[annotation.Scope] = annotation.Title + annotation.Description
	}
	if scopes["package"] != "Policy names an accountable ownerA policy without an owner has no one to keep it current." {
		t.Errorf("package METADATA = %q", scopes["package"])
	}
	if scopes["document"] != "One violation when the policy names no owner." {
		t.Errorf("document METADATA directly above the rule METADATA = %q", scopes["document"])
	}
	if scopes["rule"] != "Missing owner" {
		t.Errorf("rule METADATA = %q", scopes["rule"])
	}
}

func TestLoadWithTests(t *testing.T) {
	modules, err := Load([]string{"testdata/good", "testdata/good/owner.rego"}, Options{Tests: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(modules) != 2 {
		t.Errorf("loaded %v, want owner.rego once and owner_test.rego", keys(modules))
	}
}

func TestLoadRegoV0(t *testing.T) {
	_, err := Load([]string{"testdata/v0"}, Options{})
	if err == nil {
		t.Fatal("Rego v0 file loaded without error")
	}

	message := err.Error()
	for _, want := range []string{
		"testdata/v0/legacy.rego:3: `if` keyword is required before rule body",
		"opa fmt --v0-v1 --write testdata/v0/legacy.rego",
		"deny contains msg if",
	} {
		if !strings.Contains(message, want) {
			t.Errorf("error does not contain %q:\n%s", want, message)
		}
	}
}

func TestLoadIndentedMetadata(t *testing.T) {
	_, err := Load([]string{"testdata/indent"}, Options{})
	if err == nil {
		t.Fatal("indented METADATA line loaded without error")
	}

	message := err.Error()
	if !strings.Contains(message, "testdata/indent/owner.rego:3:") || !strings.Contains(message, "block that starts at line 1 is indented") {
		t.Errorf("error = %s, want one naming line 3 and the block at line 1", message)
	}
	if strings.Contains(message, "owner.rego:10") {
		t.Errorf("comment after code on line 10 was reported: %s", message)
	}
}

func TestParseIndentedMetadataHeader(t *testing.T) {
	source := "package soc2lint.rules.custom.x\n\n  # METADATA\n  # title: X\nallow if true\n"

	_, err := Parse("x.rego", []byte(source))
	if err == nil || !strings.Contains(err.Error(), "x.rego:3: `# METADATA` is indented") {
		t.Errorf("error = %v, want x.rego:3 naming the indented header", err)
	}
}

func TestLoadDeniedBuiltins(t *testing.T) {
	_, err := Load([]string{"testdata/network", "testdata/clock"}, Options{})
	if err == nil {
		t.Fatal("rules calling http.send, net.lookup_ip_addr and time.now_ns loaded without error")
	}

	message := err.Error()
	for _, want := range []string{
		"testdata/network/fetch.rego:10: builtin http.send is not allowed in soc2lint rules: rules get no network, environment or file access",
		"testdata/network/fetch.rego:14: builtin net.lookup_ip_addr is not allowed",
		"testdata/clock/now.rego:3: builtin time.now_ns is not allowed in soc2lint rules: rules get no wall clock; compare dates with data.soc2lint.run.as_of",
	} {
		if !strings.Contains(message, want) {
			t.Errorf("error does not contain %q:\n%s", want, message)
		}
	}
}

func TestLoadRejectsBuiltinID(t *testing.T) {
	_, err := Load([]string{"testdata/collide"}, Options{})
	if err == nil || !strings.Contains(err.Error(), "testdata/collide/mfa.rego:7: rule id access-mfa is already used by the built-in rule in soc2lint/rules/access/mfa.rego") {
		t.Errorf("error = %v, want one naming the file, line and built-in rule", err)
	}
}

func TestLoadRejectsWriteIntoBuiltinPackage(t *testing.T) {
	_, err := Load([]string{"testdata/inject"}, Options{})
	if err == nil || !strings.Contains(err.Error(), "testdata/inject/inject.rego:3: rule data.soc2lint.rules.access.mfa.deny writes into the built-in package soc2lint.rules.access.mfa") {
		t.Errorf("error = %v, want one naming the rule that writes into access.mfa", err)
	}
}

func TestLoadRejectsBuiltinPackage(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "dates.rego")
	if err := os.WriteFile(file, []byte("package soc2lint.lib.dates\n\nas_of_ns := 0\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	_, err := Load([]string{dir}, Options{})
	if err == nil || !strings.Contains(err.Error(), "dates.rego:1: package soc2lint.lib.dates is part of the built-in package soc2lint.lib.dates") {
		t.Errorf("error = %v, want one naming the built-in package", err)
	}
}

func TestLoadMissingAndEmptyFolders(t *testing.T) {
	if _, err := Load([]string{"testdata/does-not-exist"}, Options{}); err == nil || !strings.Contains(err.Error(), "does-not-exist") {
		t.Errorf("missing folder: error = %v, want one naming it", err)
	}

	empty := t.TempDir()
	if _, err := Load([]string{empty}, Options{}); err == nil || !strings.Contains(err.Error(), "no .rego files in") {
		t.Errorf("empty folder: error = %v, want no .rego files", err)
	}
}

func TestLoadRejectsSymlink(t *testing.T) {
	dir := t.TempDir()
	target, err := filepath.Abs("testdata/good/owner.rego")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, filepath.Join(dir, "link.rego")); err != nil {
		t.Skipf("cannot create a symbolic link here: %v", err)
	}

	_, err = Load([]string{dir}, Options{})
	if err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Errorf("error = %v, want one about the symbolic link", err)
	}
}

func TestLoadedRuleRunsInEngine(t *testing.T) {
	modules, err := TestModules(nil)
	if err != nil {
		t.Fatal(err)
	}
	custom, err := Load([]string{"testdata/good"}, Options{})
	if err != nil {
		t.Fatal(err)
	}

	for name, module := range custom {
		modules[name] = module
	}
	for name := range modules {
		if strings.HasSuffix(name, "_test.rego") {
			delete(modules, name)
		}
	}

	eng, err := engine.New(context.Background(), engine.Options{Modules: modules, Categories: []string{"security"}})
	if err != nil {
		t.Fatal(err)
	}
	rule, ok := eng.Rule("custom-owner-named")
	if !ok {
		t.Fatal("custom rule custom-owner-named not found in the engine")
	}
	if rule.File != "testdata/good/owner.rego" || rule.Severity != "warning" {
		t.Errorf("rule = %+v, want file testdata/good/owner.rego and severity warning", rule)
	}
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for key := range m {
		out = append(out, key)
	}
	return out
}
