package rulesload

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules"
)

// DefaultTestTimeout bounds one test rule, as engine.DefaultTimeout bounds
// the rules on one document.
const DefaultTestTimeout = engine.DefaultTimeout

// TestOptions configure RunTests.
type TestOptions struct {
	// Data is the base document tests read under data, such as
	// {"soc2lint": {"criteria": ...}}. Tests override parts of it with
	// `with data.soc2lint.run as ...`.
	Data map[string]any

	// Timeout bounds each test rule; zero means DefaultTestTimeout.
	Timeout time.Duration

	// Filter is a regular expression that selects tests by their full name
	// (package and rule); "" runs all.
	Filter string
}

// TestModules returns the modules a test run compiles. With no custom
// modules these are all built-in rules with their tests. Otherwise they are
// the custom modules, the built-in rules and helpers that custom rules may
// import, and the built-in test files that hold no test rules (the fixture
// builders of data.soc2lint.lib.fixtures), so that only custom tests run.
func TestModules(custom map[string]*ast.Module) (map[string]*ast.Module, error) {
	builtin, err := rules.Modules(true)
	if err != nil {
		return nil, fmt.Errorf("loading built-in rules: %w", err)
	}
	if len(custom) == 0 {
		return builtin, nil
	}

	modules := map[string]*ast.Module{}
	for name, module := range builtin {
		if strings.HasSuffix(name, "_test.rego") && hasTestRules(module) {
			continue
		}
		modules[name] = module
	}
	maps.Copy(modules, custom)
	return modules, nil
}

// RunTests runs every test_ rule in modules, as `opa test` does, under the
// same capabilities as the engine. print output is captured in each result.
// The error is for modules that do not compile; a failing or erroring test
// is a result.
func RunTests(ctx context.Context, modules map[string]*ast.Module, opts TestOptions) ([]*tester.Result, error) {
	if err := engine.CheckBuiltins(modules); err != nil {
		return nil, err
	}

	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = DefaultTestTimeout
	}

	data := opts.Data
	if data == nil {
		data = map[string]any{}
	}

	compiler := ast.NewCompiler().
		WithCapabilities(engine.Capabilities()).
		WithEnablePrintStatements(true)

	runner := tester.NewRunner().
		SetCompiler(compiler).
		SetStore(inmem.NewFromObject(data)).
		SetModules(modules).
		SetTimeout(timeout).
		CapturePrintOutput(true).
		RaiseBuiltinErrors(true).
		Filter(opts.Filter)

	results, err := runner.RunTests(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("compiling rules for testing: %w", err)
	}

	var out []*tester.Result
	for result := range results {
		out = append(out, result)
	}

	slices.SortFunc(out, func(a, b *tester.Result) int {
		if c := strings.Compare(a.Location.File, b.Location.File); c != 0 {
			return c
		}
		return a.Location.Row - b.Location.Row
	})
	return out, ctx.Err()
}

// hasTestRules reports whether module defines a test_ or todo_test_ rule.
func hasTestRules(module *ast.Module) bool {
	for _, rule := range module.Rules {
		ref := rule.Head.Ref()
		if len(ref) == 0 {
			continue
		}
		var name string
		switch last := ref[len(ref)-1].Value.(type) {
		case ast.Var:
			name = string(last)
		case ast.String:
			name = string(last)
		}
		if strings.HasPrefix(name, "test_") || strings.HasPrefix(name, "todo_test_") {
			return true
		}
	}
	return false
}
