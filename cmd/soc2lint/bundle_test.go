package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/bundle"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage/inmem"

	"github.com/soc2lint/soc2lint/config"
)

const bundlePolicyDir = "testdata/bundle"

// readBundle writes the bundle with the CLI and reads it back with OPA's
// bundle reader.
func readBundle(t *testing.T) bundle.Bundle {
	t.Helper()
	path := filepath.Join(t.TempDir(), "rules.tar.gz")

	code, _, stderr := runCLI(t, "rules", "bundle", "--output", path)
	if code != ExitOK {
		t.Fatalf("rules bundle: exit code %d, stderr: %s", code, stderr)
	}

	file, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()

	b, err := bundle.NewReader(file).WithProcessAnnotations(true).Read()
	if err != nil {
		t.Fatalf("OPA cannot read the bundle: %v", err)
	}
	return b
}

func TestRulesBundleManifestAndData(t *testing.T) {
	b := readBundle(t)

	if b.Manifest.Roots == nil || strings.Join(*b.Manifest.Roots, ",") != "soc2lint" {
		t.Errorf("manifest roots = %v, want [soc2lint]", b.Manifest.Roots)
	}
	if b.Manifest.RegoVersion == nil || *b.Manifest.RegoVersion != 1 {
		t.Errorf("manifest rego_version = %v, want 1", b.Manifest.RegoVersion)
	}

	for _, module := range b.Modules {
		if strings.HasSuffix(module.Path, "_test.rego") {
			t.Errorf("bundle holds the test file %s", module.Path)
		}
	}

	root, _ := b.Data["soc2lint"].(map[string]any)
	catalog, _ := root["criteria"].(map[string]any)
	if cc61, _ := catalog["CC6.1"].(map[string]any); cc61["category"] != "security" {
		t.Errorf("data.soc2lint.criteria[\"CC6.1\"] = %v, want category security", catalog["CC6.1"])
	}
	crosswalks, _ := root["crosswalks"].(map[string]any)
	for _, framework := range []string{"iso27001", "nist-csf", "gdpr"} {
		if links, _ := crosswalks[framework].([]any); len(links) == 0 {
			t.Errorf("data.soc2lint.crosswalks[%q] is empty", framework)
		}
	}
	if _, ok := root["run"]; ok {
		t.Error("bundle sets data.soc2lint.run, which would hide the run data a user supplies")
	}
}

func TestRulesBundleMissingOutput(t *testing.T) {
	code, _, stderr := runCLI(t, "rules", "bundle")
	if code != ExitError || !strings.Contains(stderr, "missing --output") {
		t.Errorf("exit code %d, stderr %q, want %d and a missing --output message", code, stderr, ExitError)
	}
}

// TestRulesBundleMatchesEngine evaluates every document rule of the bundle
// with plain OPA on the JSON that inspect prints, and compares the
// violations with the findings of soc2lint lint on the same file.
func TestRulesBundleMatchesEngine(t *testing.T) {
	b := readBundle(t)
	policy := filepath.Join(bundlePolicyDir, "access-and-encryption-policy.md")

	code, inspected, stderr := runCLI(t, "inspect", "--format", "json", policy)
	if code != ExitOK {
		t.Fatalf("inspect: exit code %d, stderr: %s", code, stderr)
	}
	var input any
	if err := json.Unmarshal([]byte(inspected), &input); err != nil {
		t.Fatal(err)
	}

	code, linted, stderr := runCLI(t, "lint", "--format", "json", bundlePolicyDir)
	if code != ExitOK && code != ExitFindings {
		t.Fatalf("lint: exit code %d, stderr: %s", code, stderr)
	}
	var want []string
	for _, f := range decodeReport(t, linted).Findings {
		if f.File != "" && !strings.HasPrefix(f.RuleID, "parse-") {
			want = append(want, fmt.Sprintf("%s|%d|%s", f.RuleID, f.Line, f.Message))
		}
	}
	if len(want) < 3 {
		t.Fatalf("lint gave %d document findings on %s; the comparison needs a policy with several", len(want), policy)
	}

	cfg, err := config.Load(filepath.Join(bundlePolicyDir, config.FileName))
	if err != nil {
		t.Fatal(err)
	}
	got := evaluateBundle(t, b, input, runData(cfg))

	slices.Sort(want)
	slices.Sort(got)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("OPA on the bundle:\n%s\n\nsoc2lint lint:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// runData is data.soc2lint.run as docs/custom-rules.md tells OPA users to
// write it, from the same configuration that lint reads.
func runData(cfg *config.Config) map[string]any {
	return map[string]any{
		"as_of":        cfg.AsOf,
		"organization": cfg.Organization,
		"scope": map[string]any{
			"categories": cfg.Scope.Categories,
			"audit_type": cfg.Scope.AuditType,
			"period":     map[string]any{"start": cfg.Scope.Period.Start, "end": cfg.Scope.Period.End},
		},
		"facts": map[string]any{},
	}
}

// evaluateBundle evaluates the deny set of every document rule package in b
// on input, with OPA's default capabilities, and returns each violation as
// "rule id|line|English message".
func evaluateBundle(t *testing.T, b bundle.Bundle, input any, run map[string]any) []string {
	t.Helper()
	ctx := context.Background()

	data := map[string]any{"soc2lint": map[string]any{}}
	for key, value := range b.Data["soc2lint"].(map[string]any) {
		data["soc2lint"].(map[string]any)[key] = value
	}
	data["soc2lint"].(map[string]any)["run"] = run

	var modules []func(*rego.Rego)
	for _, module := range b.Modules {
		modules = append(modules, rego.ParsedModule(module.Parsed))
	}

	// As soc2lint does before the document pass, derive the facts over all
	// documents (here the one) and store them at data.soc2lint.run.facts.
	facts := map[string]any{}
	rs, err := rego.New(append(modules,
		rego.Store(inmem.NewFromObject(data)),
		rego.Input(map[string]any{"documents": []any{input}}),
		rego.Query("data.soc2lint.facts"),
	)...).Eval(ctx)
	if err != nil {
		t.Fatalf("OPA deriving facts: %v", err)
	}
	if len(rs) > 0 {
		facts, _ = rs[0].Expressions[0].Value.(map[string]any)
	}
	run["facts"] = facts

	options := append(modules, rego.Store(inmem.NewFromObject(data)), rego.Input(input))

	rulesRoot := ast.MustParseRef("data.soc2lint.rules")
	var got []string
	for _, module := range b.Modules {
		path := module.Parsed.Package.Path
		id := ruleIDOf(module.Parsed)
		if !path.HasPrefix(rulesRoot) || id == "" {
			continue
		}

		rs, err := rego.New(append(options, rego.Query(path.String()+".deny"))...).Eval(ctx)
		if err != nil {
			t.Fatalf("OPA evaluating %s: %v", path, err)
		}
		for _, result := range rs {
			violations, _ := result.Expressions[0].Value.([]any)
			for _, item := range violations {
				violation, _ := item.(map[string]any)
				message, _ := violation["message"].(map[string]any)
				location, _ := violation["location"].(map[string]any)
				line, _ := location["line"].(json.Number)
				got = append(got, fmt.Sprintf("%s|%s|%s", id, line, message["en"]))
			}
		}
	}
	return got
}

// ruleIDOf returns the custom.id of a module's package METADATA.
func ruleIDOf(module *ast.Module) string {
	for _, annotation := range module.Annotations {
		if annotation.Scope == "package" {
			id, _ := annotation.Custom["id"].(string)
			return id
		}
	}
	return ""
}
