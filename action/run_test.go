package action_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// Paths relative to this folder.
const (
	script      = "run.sh"
	repoRoot    = ".."
	examplePath = "../examples/policy-repo"
)

var (
	buildOnce sync.Once
	binDir    string
	buildErr  error
)

// buildTools builds soc2lint and soc2lint-summary once into a temporary
// folder that the script finds first on PATH.
func buildTools(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH, so the binaries cannot be built")
	}
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash is not on PATH, so run.sh cannot run")
	}

	buildOnce.Do(func() {
		binDir, buildErr = os.MkdirTemp("", "soc2lint-action-bin")
		if buildErr != nil {
			return
		}
		cmd := exec.Command(goTool, "build", "-o", binDir+string(filepath.Separator), "./cmd/soc2lint", "./action/soc2lint-summary")
		cmd.Dir = repoRoot
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = errors.New(err.Error() + ": " + string(out))
		}
	})
	if buildErr != nil {
		t.Fatalf("building the binaries: %v", buildErr)
	}
	return binDir
}

// TestMain removes the binaries after the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// actionRun is the result of one run of the script.
type actionRun struct {
	code    int
	stdout  string
	stderr  string
	summary string
	outputs map[string]string
}

// runAction runs run.sh with the given inputs, fake GitHub files in a
// temporary folder, and the built binaries first on PATH.
func runAction(t *testing.T, inputs map[string]string) actionRun {
	t.Helper()
	bin := buildTools(t)
	dir := t.TempDir()
	summaryPath := filepath.Join(dir, "step-summary.md")
	outputPath := filepath.Join(dir, "github-output")

	env := []string{
		"PATH=" + bin + string(os.PathListSeparator) + os.Getenv("PATH"),
		"HOME=" + dir,
		"LANG=C.UTF-8",
		"CI=true",
		"SOC2LINT_SKIP_INSTALL=1",
		"RUNNER_TEMP=" + dir,
		"GITHUB_STEP_SUMMARY=" + summaryPath,
		"GITHUB_OUTPUT=" + outputPath,
	}
	for name, value := range inputs {
		env = append(env, name+"="+value)
	}

	cmd := exec.Command("bash", script)
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	err := cmd.Run()

	code := 0
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		code = exitErr.ExitCode()
	} else if err != nil {
		t.Fatalf("running %s: %v", script, err)
	}

	summary, _ := os.ReadFile(summaryPath)
	return actionRun{
		code:    code,
		stdout:  stdout.String(),
		stderr:  stderr.String(),
		summary: string(summary),
		outputs: readOutputs(t, outputPath),
	}
}

func readOutputs(t *testing.T, path string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return map[string]string{}
	}
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			t.Fatalf("output line %q is not key=value", line)
		}
		out[key] = value
	}
	return out
}

// directSummary runs soc2lint itself and returns its exit code and the
// summary of its JSON report, the values the action must agree with.
func directSummary(t *testing.T, args ...string) (int, map[string]int) {
	t.Helper()
	bin := buildTools(t)
	cmd := exec.Command(filepath.Join(bin, "soc2lint"), append([]string{"lint", "--format", "json", "--quiet"}, args...)...)
	cmd.Env = append(os.Environ(), "LANG=C.UTF-8")
	out, err := cmd.Output()

	code := 0
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		code = exitErr.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}

	var r struct {
		Summary map[string]any `json:"summary"`
	}
	if err := json.Unmarshal(out, &r); err != nil {
		t.Fatalf("soc2lint JSON: %v", err)
	}
	counts := map[string]int{}
	for key, value := range r.Summary {
		if number, ok := value.(float64); ok {
			counts[key] = int(number)
		}
	}
	return code, counts
}

func TestActionFailsOnErrors(t *testing.T) {
	wantCode, counts := directSummary(t, "--fail-on", "error", examplePath)
	if counts["errors"] == 0 {
		t.Fatal("the example has no error findings, so this test checks nothing")
	}
	sarifPath := filepath.Join(t.TempDir(), "out", "soc2lint.sarif")

	run := runAction(t, map[string]string{
		"INPUT_PATH":  examplePath,
		"INPUT_SARIF": sarifPath,
	})

	if run.code != wantCode {
		t.Fatalf("exit code %d, soc2lint gave %d; stderr:\n%s", run.code, wantCode, run.stderr)
	}
	for _, want := range []string{
		"## soc2lint results",
		"fails with exit code 1",
		"| Category | Met | Partial | Missing |",
		"| security |",
		"| availability |",
		"### Top findings",
		"policies/access-control-policy.md:",
	} {
		if !strings.Contains(run.summary, want) {
			t.Errorf("summary lacks %q:\n%s", want, run.summary)
		}
	}
	if !strings.Contains(run.stdout, "::error file=") {
		t.Errorf("job log has no error annotation:\n%s", run.stdout)
	}
	if got := run.outputs["findings"]; got != strconv.Itoa(counts["findings"]) {
		t.Errorf("findings output %q, soc2lint counted %d", got, counts["findings"])
	}
	if got := run.outputs["exit-code"]; got != strconv.Itoa(wantCode) {
		t.Errorf("exit-code output %q, want %d", got, wantCode)
	}
	checkSARIF(t, sarifPath)
}

func checkSARIF(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("SARIF not written: %v", err)
	}
	var sarif struct {
		Version string `json:"version"`
		Runs    []struct {
			Results []json.RawMessage `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &sarif); err != nil {
		t.Fatalf("SARIF is not JSON: %v", err)
	}
	if sarif.Version != "2.1.0" || len(sarif.Runs) != 1 || len(sarif.Runs[0].Results) == 0 {
		t.Errorf("SARIF version %q with %d runs, want 2.1.0 with one run of results", sarif.Version, len(sarif.Runs))
	}
}

func TestActionFailOnNonePasses(t *testing.T) {
	run := runAction(t, map[string]string{
		"INPUT_PATH":    examplePath,
		"INPUT_FAIL_ON": "none",
		"INPUT_FORMAT":  "text",
	})

	if run.code != 0 {
		t.Fatalf("exit code %d, want 0 with fail-on none; stderr:\n%s", run.code, run.stderr)
	}
	if !strings.Contains(run.summary, "fail-on is none") {
		t.Errorf("summary lacks the fail-on note:\n%s", run.summary)
	}
	if !strings.Contains(run.stdout, "Coverage by category") {
		t.Errorf("text format not written to the job log:\n%s", run.stdout)
	}
	if _, ok := run.outputs["sarif"]; ok {
		t.Errorf("sarif output set without the sarif input: %v", run.outputs)
	}
}

func TestActionSpanish(t *testing.T) {
	run := runAction(t, map[string]string{
		"INPUT_PATH": examplePath,
		"INPUT_LANG": "es",
	})

	for _, want := range []string{"## Resultados de soc2lint", "| Categoría | Cumple | Parcial | Falta |", "| seguridad |"} {
		if !strings.Contains(run.summary, want) {
			t.Errorf("summary lacks %q:\n%s", want, run.summary)
		}
	}
}

func TestActionBaselineReadiness(t *testing.T) {
	bin := buildTools(t)
	baseline := filepath.Join(t.TempDir(), "baseline.json")
	empty := t.TempDir()
	if err := os.WriteFile(filepath.Join(empty, "notes.md"), []byte("# Notes\n\nNothing here yet.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(filepath.Join(bin, "soc2lint"), "lint", "--quiet", "--fail-on", "none", "--format", "json", "--output", baseline, empty)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("writing the baseline: %v\n%s", err, out)
	}

	run := runAction(t, map[string]string{
		"INPUT_PATH":     examplePath,
		"INPUT_BASELINE": baseline,
	})

	for _, want := range []string{"### Readiness before and after", "Compared with the report", "| Category | Before (met / partial / missing) | After (met / partial / missing) |"} {
		if !strings.Contains(run.summary, want) {
			t.Errorf("summary lacks %q:\n%s", want, run.summary)
		}
	}
}

func TestActionConfigErrorExits2(t *testing.T) {
	run := runAction(t, map[string]string{
		"INPUT_PATH":   examplePath,
		"INPUT_CONFIG": filepath.Join(t.TempDir(), "missing.yaml"),
	})

	if run.code != 2 {
		t.Fatalf("exit code %d, want 2 for a missing config; stderr:\n%s", run.code, run.stderr)
	}
	if !strings.Contains(run.summary, "stopped with exit code 2") {
		t.Errorf("summary does not report the failed run:\n%s", run.summary)
	}
	if !strings.Contains(run.stderr, "missing.yaml") {
		t.Errorf("stderr does not name the config file:\n%s", run.stderr)
	}
}

func TestActionSeveralPaths(t *testing.T) {
	run := runAction(t, map[string]string{
		"INPUT_PATH":    examplePath + "/policies/access-control-policy.md\n\n  " + examplePath + "/policies/incident-response-plan.md  \n",
		"INPUT_FAIL_ON": "none",
	})

	if run.code != 0 {
		t.Fatalf("exit code %d; stderr:\n%s", run.code, run.stderr)
	}
	if got := run.outputs["documents"]; got != "2" {
		t.Errorf("documents output %q, want 2 for two named files", got)
	}
}
