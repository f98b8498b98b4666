package engine

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/soc2lint/soc2lint/internal/corpustest"
	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/rules"
)

// corpusFile returns the path of a file in the outside corpus, or skips the
// test when SOC2LINT_CORPUS is not set.
func corpusFile(t *testing.T, rel string) string {
	t.Helper()
	return filepath.Join(corpustest.Root(t), rel)
}

// parseFile parses a Rego v1 file from disk, keyed by its base name.
func parseFile(t *testing.T, path string) (string, *ast.Module) {
	t.Helper()
	source, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(path)
	return name, parse(t, map[string]string{name: string(source)})[name]
}

func TestBuiltinRulesCompileWithCapabilities(t *testing.T) {
	modules, err := rules.Modules(false)
	if err != nil {
		t.Fatal(err)
	}

	if err := CheckBuiltins(modules); err != nil {
		t.Errorf("built-in rules call denied builtins:\n%v", err)
	}

	e, err := New(context.Background(), Options{
		Modules:    modules,
		Categories: []string{"security", "availability", "confidentiality", "processing_integrity", "privacy"},
	})
	if err != nil {
		t.Fatalf("built-in rules do not compile with the sandbox capabilities: %v", err)
	}
	if len(e.Rules()) == 0 {
		t.Error("no built-in rules found")
	}
}

func TestDeniedBuiltinsFromOPA(t *testing.T) {
	denied := strings.Join(DeniedBuiltins(), " ")
	for _, name := range []string{"http.send", "net.lookup_ip_addr", "opa.runtime", "time.now_ns", "rand.intn", "uuid.rfc4122"} {
		if !strings.Contains(" "+denied+" ", " "+name+" ") {
			t.Errorf("%s is not denied; denied: %s", name, denied)
		}
	}
	for _, name := range []string{"time.parse_ns", "net.cidr_contains", "crypto.x509.parse_certificates", "print", "trace"} {
		if strings.Contains(" "+denied+" ", " "+name+" ") {
			t.Errorf("%s is denied but reaches nothing outside the rule", name)
		}
	}

	caps := Capabilities()
	if caps.AllowNet == nil || len(caps.AllowNet) != 0 {
		t.Errorf("AllowNet = %#v, want an empty, non-nil list", caps.AllowNet)
	}
	for _, builtin := range caps.Builtins {
		if strings.Contains(" "+denied+" ", " "+builtin.Name+" ") {
			t.Errorf("capabilities still hold %s", builtin.Name)
		}
	}
}

func TestNewRejectsDeniedBuiltin(t *testing.T) {
	source := `# METADATA
# title: Calls out
# custom:
#   id: test-calls-out
#   criteria: [CC5.3]
#   severity: info
package soc2lint.rules.test.calls_out

deny contains {"message": {"en": sprintf("%v", [count(http.send({"method": "GET", "url": "http://127.0.0.1:1/"}).body)])}} if true

token := uuid.rfc4122("seed")
`
	_, err := New(context.Background(), Options{Modules: parse(t, map[string]string{"rules/custom.rego": source}), Categories: []string{"security"}})
	if err == nil {
		t.Fatal("rule calling http.send and uuid.rfc4122 compiled")
	}

	message := err.Error()
	for _, want := range []string{
		"rules/custom.rego:9: builtin http.send is not allowed in soc2lint rules: rules get no network, environment or file access",
		"rules/custom.rego:11: builtin uuid.rfc4122 is not allowed in soc2lint rules: rules must give the same findings on every run",
	} {
		if !strings.Contains(message, want) {
			t.Errorf("error does not contain %q:\n%s", want, message)
		}
	}
}

func TestCapabilitiesRejectWithoutPrecheck(t *testing.T) {
	modules := parse(t, map[string]string{"r.rego": "package x\n\nn := rand.intn(\"k\", 10)\n"})

	compiler := ast.NewCompiler().WithCapabilities(Capabilities())
	compiler.Compile(modules)
	if !compiler.Failed() || !strings.Contains(compiler.Errors.Error(), "rand.intn") {
		t.Errorf("compiler errors = %v, want an error naming rand.intn", compiler.Errors)
	}
}

func TestPrintGoesToWriter(t *testing.T) {
	source := `# METADATA
# title: Prints
# custom:
#   id: test-prints
#   criteria: [CC5.3]
#   severity: info
package soc2lint.rules.test.prints

deny contains {"message": {"en": "x"}} if {
	print("checking", input.file)
	false
}
`
	var out bytes.Buffer
	e := newTestEngine(t, Options{Modules: parse(t, map[string]string{"prints.rego": source}), Print: &out})

	if _, err := e.Evaluate(context.Background(), docs()[:1]); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "prints.rego:10: checking policies/access.md\n" {
		t.Errorf("print output = %q", got)
	}
}

func TestHostileSlowRuleTimesOut(t *testing.T) {
	name, slow := parseFile(t, corpusFile(t, "hostile/rego_numbers_range_slow.rego"))
	reader, module := parseFile(t, "testdata/slow_reader.rego")
	modules := map[string]*ast.Module{name: slow, reader: module}

	e := newTestEngine(t, Options{Modules: modules, Timeout: 200 * time.Millisecond})

	documents := []*model.Document{{File: "policies/access.md", Kind: "policy"}}
	start := time.Now()
	result, err := e.Evaluate(context.Background(), documents)
	elapsed := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}

	if len(result.Findings) != 1 || result.Findings[0].RuleID != RuleTimeoutID {
		t.Fatalf("findings = %+v, want one %s finding", result.Findings, RuleTimeoutID)
	}
	if f := result.Findings[0]; f.File != "policies/access.md" || !strings.Contains(f.Message, "test-slow-reader") {
		t.Errorf("finding = %+v, want it on policies/access.md naming test-slow-reader", f)
	}
	if elapsed > 5*time.Second {
		t.Errorf("evaluation took %s with a 200ms timeout", elapsed)
	}
}

func TestHostileConcurrentPreparedQuery(t *testing.T) {
	name, module := parseFile(t, corpusFile(t, "hostile/rego_concurrency_policy.rego"))

	compiler := ast.NewCompiler().WithCapabilities(Capabilities())
	compiler.Compile(map[string]*ast.Module{name: module})
	if compiler.Failed() {
		t.Fatal(compiler.Errors)
	}

	query, err := rego.New(rego.Query("data.evidence.violations"), rego.Compiler(compiler)).PrepareForEval(context.Background())
	if err != nil {
		t.Fatal(err)
	}

	const goroutines, runs = 32, 50
	var wg sync.WaitGroup
	errs := make(chan error, goroutines)

	for g := range goroutines {
		wg.Go(func() {
			for run := range runs {
				failing := (g+run)%5 + 1
				if err := checkViolations(query, g, failing); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)

	for err := range errs {
		t.Error(err)
	}
}

// checkViolations evaluates query on rows where the first failing rows fail
// and checks that exactly those come back, with their tags.
func checkViolations(query rego.PreparedEvalQuery, worker, failing int) error {
	var rows []any
	for i := range failing + 3 {
		status := "pass"
		if i < failing {
			status = "fail"
		}
		id := fmt.Sprintf("w%d-r%d", worker, i)
		rows = append(rows, map[string]any{"id": id, "status": status, "tags": []any{"t" + id, "shared", "shared"}})
	}

	rs, err := query.Eval(context.Background(), rego.EvalInput(map[string]any{"rows": rows}))
	if err != nil {
		return fmt.Errorf("worker %d: %w", worker, err)
	}
	if len(rs) != 1 {
		return fmt.Errorf("worker %d: %d results, want 1", worker, len(rs))
	}

	violations, _ := rs[0].Expressions[0].Value.([]any)
	if len(violations) != failing {
		return fmt.Errorf("worker %d: %d violations, want %d", worker, len(violations), failing)
	}
	for _, item := range violations {
		v, _ := item.(map[string]any)
		id, _ := v["id"].(string)
		tags, _ := v["tags"].([]any)
		if !strings.HasPrefix(id, fmt.Sprintf("w%d-", worker)) || len(tags) != 2 {
			return fmt.Errorf("worker %d: violation %v belongs to another worker or lost its tags", worker, v)
		}
	}
	return nil
}
