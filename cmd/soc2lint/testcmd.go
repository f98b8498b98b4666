package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/tester"
	"github.com/spf13/cobra"

	"github.com/soc2lint/soc2lint/criteria"
	"github.com/soc2lint/soc2lint/lint"
	"github.com/soc2lint/soc2lint/rulesload"
)

// testFlags are the options of `soc2lint test`.
type testFlags struct {
	verbose bool
	timeout time.Duration
	run     string
}

const testLong = `Run the test_ rules of custom Rego rules under DIR, as opa test does, with
the sandbox and helpers that soc2lint gives rules when it lints: the built-in
packages under data.soc2lint.lib (including data.soc2lint.lib.fixtures) and
data.soc2lint.criteria. With no DIR, run the tests of the built-in rules.

data.soc2lint.run holds every category in scope and no as_of date; tests of
date rules set it with ` + "`with data.soc2lint.run as ...`" + `.

Exit codes:
  0  every test passed
  1  at least one test failed or raised an error
  2  the rules could not be loaded or compiled, or there were no tests`

func newTestCommand(stdout io.Writer) *cobra.Command {
	flags := &testFlags{}

	cmd := &cobra.Command{
		Use:   "test [DIR...]",
		Short: "Run the unit tests of custom rules (or of the built-in rules)",
		Long:  testLong,
		Example: `  soc2lint test policy-rules/
  soc2lint test --verbose --run owner policy-rules/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runTest(cmd.Context(), args, flags, stdout)
		},
	}

	f := cmd.Flags()
	f.BoolVarP(&flags.verbose, "verbose", "v", false, "list every test with its result, and the print output of each")
	f.DurationVar(&flags.timeout, "timeout", rulesload.DefaultTestTimeout, "time limit for one test, such as 30s")
	f.StringVar(&flags.run, "run", "", "run only tests whose full name (package.rule) matches this regular expression")
	return cmd
}

func runTest(ctx context.Context, dirs []string, flags *testFlags, stdout io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	if flags.timeout <= 0 {
		return usageError("invalid --timeout %s: give a positive duration such as 30s", flags.timeout)
	}

	modules, err := testModules(dirs)
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}

	results, err := rulesload.RunTests(ctx, modules, rulesload.TestOptions{
		Data:    testData(),
		Timeout: flags.timeout,
		Filter:  flags.run,
	})
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	if len(results) == 0 {
		where := "the built-in rules"
		if len(dirs) > 0 {
			where = strings.Join(dirs, ", ")
		}
		return &exitError{code: ExitError, err: fmt.Errorf("no test_ rules found in %s; write tests in files ending in _test.rego", where)}
	}

	if !writeTestResults(stdout, results, flags.verbose) {
		return &exitError{code: ExitFindings}
	}
	return nil
}

// testModules returns the modules to test: the built-in rules and their
// tests with no dirs, else the custom rules and tests under dirs with the
// built-in helpers.
func testModules(dirs []string) (map[string]*ast.Module, error) {
	if len(dirs) == 0 {
		return rulesload.TestModules(nil)
	}

	custom, err := rulesload.Load(dirs, rulesload.Options{Tests: true})
	if err != nil {
		return nil, fmt.Errorf("loading custom rules:\n%w", err)
	}
	return rulesload.TestModules(custom)
}

// testData is the base document of a test run: the criteria catalog, and a
// run context with every category in scope and no as_of date, so that a test
// never depends on the day it runs.
func testData() map[string]any {
	return map[string]any{"soc2lint": map[string]any{
		"criteria": lint.CriteriaData(),
		"run": map[string]any{
			"organization": "",
			"scope": map[string]any{
				"categories": criteria.Categories(),
				"audit_type": "type1",
				"period":     map[string]any{"start": "", "end": ""},
			},
			"facts": map[string]any{},
		},
	}}
}

// writeTestResults prints failed and erroring tests (every test when
// verbose) and the totals. It returns whether every test that ran passed.
func writeTestResults(w io.Writer, results []*tester.Result, verbose bool) bool {
	var passed, failed, errored, skipped int

	for _, result := range results {
		status := "PASS"
		switch {
		case result.Error != nil:
			status = "ERROR"
			errored++
		case result.Fail:
			status = "FAIL"
			failed++
		case result.Skip:
			status = "SKIP"
			skipped++
		default:
			passed++
		}

		if !verbose && (status == "PASS" || status == "SKIP") {
			continue
		}

		fmt.Fprintf(w, "%s: %s: %s.%s (%s)\n", status, result.Location, result.Package, result.Name, result.Duration.Round(time.Microsecond))
		if result.Error != nil {
			fmt.Fprintf(w, "  %v\n", result.Error)
		}
		if len(result.Output) > 0 && (verbose || status != "PASS") {
			for line := range strings.Lines(string(result.Output)) {
				fmt.Fprintf(w, "  %s", line)
			}
			if !strings.HasSuffix(string(result.Output), "\n") {
				fmt.Fprintln(w)
			}
		}
	}

	total := len(results)
	fmt.Fprintf(w, "PASS: %d/%d\n", passed, total)
	if failed > 0 {
		fmt.Fprintf(w, "FAIL: %d/%d\n", failed, total)
	}
	if errored > 0 {
		fmt.Fprintf(w, "ERROR: %d/%d\n", errored, total)
	}
	if skipped > 0 {
		fmt.Fprintf(w, "SKIPPED: %d/%d\n", skipped, total)
	}

	return failed == 0 && errored == 0
}
