package rules

import (
	"context"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/tester"
)

// TestRegoUnitTests runs every test_ rule in the embedded _test.rego files, as
// `opa test` would, and reports each as a subtest.
func TestRegoUnitTests(t *testing.T) {
	modules, err := Modules(true)
	if err != nil {
		t.Fatal(err)
	}

	runner := tester.NewRunner().
		SetModules(modules).
		SetTimeout(30 * time.Second).
		RaiseBuiltinErrors(true)

	results, err := runner.RunTests(context.Background(), nil)
	if err != nil {
		t.Fatalf("running Rego tests: %v", err)
	}

	count := 0
	for result := range results {
		count++
		t.Run(result.Package+"."+result.Name, func(t *testing.T) {
			switch {
			case result.Error != nil:
				t.Errorf("%s: error: %v", result.Location, result.Error)
			case result.Skip:
				t.Skipf("%s: marked todo_test_", result.Location)
			case result.Fail:
				t.Errorf("%s: failed", result.Location)
			}
		})
	}

	if count == 0 {
		t.Fatal("no Rego test rules found under soc2lint/")
	}
}
