package engine

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/soc2lint/soc2lint/finding"
	"github.com/soc2lint/soc2lint/model"
)

// slowRule takes minutes and allocates gigabytes: it collects a list of 200
// million numbers. Both the deadline and the memory guard stop it.
const slowRule = `# METADATA
# title: Slow
# custom:
#   id: test-slow
#   criteria: [CC5.3]
#   severity: info
package soc2lint.rules.test.slow

deny contains {"message": {"en": "done"}} if {
	count([x | some x in numbers.range(1, 200000000); x % 7 == 0]) > 0
}
`

// slowEvidenceRule is slowRule under the evidence package, for EvaluateUnder.
var slowEvidenceRule = strings.NewReplacer(
	"test-slow", "test-slow-evidence",
	"soc2lint.rules.test.slow", "soc2lint.rules.evidence.slow",
).Replace(slowRule)

// byRule returns the findings of rule id, in order.
func byRule(findings []finding.Finding, id string) []finding.Finding {
	var out []finding.Finding
	for _, f := range findings {
		if f.RuleID == id {
			out = append(out, f)
		}
	}
	return out
}

// policyDocs returns n documents without an owner, named policies/p0.md and
// up.
func policyDocs(n int) []*model.Document {
	var out []*model.Document
	for i := range n {
		out = append(out, &model.Document{File: fmt.Sprintf("policies/p%d.md", i), Kind: "policy"})
	}
	return out
}

func TestSlowRuleKeepsOtherRulesAndCoverage(t *testing.T) {
	modules := parse(t, map[string]string{"slow.rego": slowRule, "owner.rego": ownerRule, "coverage.rego": coverageModule})
	e := newTestEngine(t, Options{Modules: modules, Timeout: 200 * time.Millisecond})

	// docs() holds policies/access.md without an owner, which test-owner
	// flags, and policies/security.md with one, which supports CC5.3. Each
	// run has one document, so the slow rule runs, and times out, on each.
	access, security := docs()[0], docs()[1]

	result, err := e.Evaluate(context.Background(), []*model.Document{access})
	if err != nil {
		t.Fatal(err)
	}
	if got := byRule(result.Findings, RuleTimeoutID); len(got) != 1 || !strings.Contains(got[0].Message, "test-slow") {
		t.Errorf("timeout findings = %+v, want one naming test-slow", got)
	}
	if got := byRule(result.Findings, "test-owner"); len(got) != 1 || got[0].File != "policies/access.md" {
		t.Errorf("owner findings = %+v, want one on policies/access.md next to the timeout", got)
	}

	result, err = e.Evaluate(context.Background(), []*model.Document{security})
	if err != nil {
		t.Fatal(err)
	}
	if got := byRule(result.Findings, RuleTimeoutID); len(got) != 1 {
		t.Errorf("timeout findings = %+v, want one", got)
	}
	if got := strings.Join(result.Supports["CC5.3"], ","); got != "policies/security.md" {
		t.Errorf("CC5.3 supported by %q, want policies/security.md despite the slow rule", got)
	}
}

func TestBreakerSkipsRuleAfterTimeout(t *testing.T) {
	modules := parse(t, map[string]string{"slow.rego": slowRule, "owner.rego": ownerRule})
	e := newTestEngine(t, Options{Modules: modules, Timeout: 200 * time.Millisecond, Workers: 1})

	start := time.Now()
	result, err := e.Evaluate(context.Background(), policyDocs(4))
	elapsed := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}

	timeouts := byRule(result.Findings, RuleTimeoutID)
	if len(timeouts) != 1 || timeouts[0].File != "policies/p0.md" {
		t.Fatalf("timeout findings = %+v, want one on policies/p0.md", timeouts)
	}

	skipped := byRule(result.Findings, RuleSkippedID)
	if len(skipped) != 3 {
		t.Fatalf("skipped findings = %+v, want one on each of the 3 other documents", skipped)
	}
	for i, f := range skipped {
		if want := fmt.Sprintf("policies/p%d.md", i+1); f.File != want {
			t.Errorf("skipped finding %d is on %s, want %s", i, f.File, want)
		}
		if !strings.Contains(f.Message, "test-slow") || !strings.Contains(f.Message, "timed out on policies/p0.md") {
			t.Errorf("skipped message %q does not name the rule and the file it timed out on", f.Message)
		}
		if !strings.Contains(f.Messages["es"], "policies/p0.md") {
			t.Errorf("Spanish skipped message %q does not name the file", f.Messages["es"])
		}
		if f.Severity != finding.SeverityError || f.Line != 1 {
			t.Errorf("skipped finding severity/line = %s/%d, want error/1", f.Severity, f.Line)
		}
	}

	if got := byRule(result.Findings, "test-owner"); len(got) != 4 {
		t.Errorf("owner findings = %d, want one on each of the 4 documents", len(got))
	}
	if elapsed > 3*time.Second {
		t.Errorf("evaluation took %s with a 200ms timeout: the slow rule ran more than once", elapsed)
	}
}

func TestBreakerFindingsDeterministicInParallel(t *testing.T) {
	modules := parse(t, map[string]string{"slow.rego": slowRule})
	e := newTestEngine(t, Options{Modules: modules, Timeout: 200 * time.Millisecond, Workers: 4})

	result, err := e.Evaluate(context.Background(), policyDocs(8))
	if err != nil {
		t.Fatal(err)
	}

	if !slices.IsSortedFunc(result.Findings, func(a, b finding.Finding) int { return strings.Compare(a.File, b.File) }) {
		t.Errorf("findings are not sorted by file: %+v", result.Findings)
	}

	var timedOut []string
	for _, f := range byRule(result.Findings, RuleTimeoutID) {
		timedOut = append(timedOut, f.File)
	}
	if len(timedOut) == 0 {
		t.Fatalf("no %s finding in %+v", RuleTimeoutID, result.Findings)
	}
	first := slices.Min(timedOut)

	skipped := byRule(result.Findings, RuleSkippedID)
	if len(timedOut)+len(skipped) != 8 {
		t.Errorf("%d timeouts and %d skips, want one of them on each of 8 documents", len(timedOut), len(skipped))
	}
	for _, f := range skipped {
		if !strings.Contains(f.Message, "timed out on "+first) {
			t.Errorf("skipped message %q does not name %s, the first file the rule timed out on", f.Message, first)
		}
	}
}

func TestMemoryGuardStopsRule(t *testing.T) {
	const limit = 64 << 20
	modules := parse(t, map[string]string{"slow.rego": slowRule, "owner.rego": ownerRule, "coverage.rego": coverageModule})
	e := newTestEngine(t, Options{Modules: modules, Timeout: 20 * time.Second, MaxMemoryBytes: limit, Workers: 1})

	documents := []*model.Document{
		{File: "policies/access.md", Kind: "policy"},
		{File: "policies/security.md", Kind: "policy", Metadata: model.Metadata{Owner: "CISO"}},
	}

	start := time.Now()
	result, err := e.Evaluate(context.Background(), documents)
	elapsed := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}

	memory := byRule(result.Findings, RuleMemoryID)
	if len(memory) != 1 {
		t.Fatalf("memory findings = %+v, want one", memory)
	}
	f := memory[0]
	if f.File != "policies/access.md" || f.Severity != finding.SeverityError {
		t.Errorf("memory finding = %+v, want an error on policies/access.md", f)
	}
	for _, want := range []string{"test-slow", "64 MiB", "limits.max_memory_bytes"} {
		if !strings.Contains(f.Message, want) {
			t.Errorf("memory message %q does not contain %q", f.Message, want)
		}
		if !strings.Contains(f.Messages["es"], want) {
			t.Errorf("Spanish memory message %q does not contain %q", f.Messages["es"], want)
		}
	}
	if !strings.Contains(f.Remediation, "limits.max_memory_bytes") {
		t.Errorf("memory remediation %q does not name the config key", f.Remediation)
	}

	if got := byRule(result.Findings, RuleTimeoutID); len(got) != 0 {
		t.Errorf("rule stopped for memory also reported as a timeout: %+v", got)
	}
	if got := byRule(result.Findings, "test-owner"); len(got) != 1 || got[0].File != "policies/access.md" {
		t.Errorf("owner findings = %+v, want the one on policies/access.md next to the memory finding", got)
	}

	skipped := byRule(result.Findings, RuleSkippedID)
	if len(skipped) != 1 || skipped[0].File != "policies/security.md" || !strings.Contains(skipped[0].Message, "limits.max_memory_bytes") {
		t.Errorf("skipped findings = %+v, want one on policies/security.md naming the memory limit", skipped)
	}
	if got := strings.Join(result.Supports["CC5.3"], ","); got != "policies/security.md" {
		t.Errorf("CC5.3 supported by %q, want policies/security.md", got)
	}

	if elapsed > 10*time.Second {
		t.Errorf("evaluation took %s: the memory guard did not stop the rule early", elapsed)
	}
}

func TestEvaluateUnderSkipsStoppedRule(t *testing.T) {
	modules := parse(t, map[string]string{"slow.rego": slowEvidenceRule})
	e := newTestEngine(t, Options{Modules: modules, Timeout: 200 * time.Millisecond, Workers: 1})

	if _, err := e.Evaluate(context.Background(), policyDocs(1)); err != nil {
		t.Fatal(err)
	}

	input := map[string]any{"file": "evidence/users.csv", "kind": "evidence"}
	start := time.Now()
	violations, err := e.EvaluateUnder(context.Background(), "data.soc2lint.rules.evidence", "evidence/users.csv", input)
	if err != nil {
		t.Fatal(err)
	}
	if time.Since(start) > 150*time.Millisecond {
		t.Errorf("EvaluateUnder took %s: it ran the rule the breaker had stopped", time.Since(start))
	}
	if len(violations) != 1 || violations[0].Finding.RuleID != RuleSkippedID || !strings.Contains(violations[0].Finding.Message, "policies/p0.md") {
		t.Fatalf("violations = %+v, want one rule-skipped naming policies/p0.md", violations)
	}

	again, err := e.EvaluateUnder(context.Background(), "data.soc2lint.rules.evidence", "evidence/users.csv", input)
	if err != nil {
		t.Fatal(err)
	}
	if len(again) != 0 {
		t.Errorf("second call on the same file = %+v, want no second rule-skipped finding", again)
	}

	// A new run clears the trips of the last one.
	result, err := e.Evaluate(context.Background(), policyDocs(1))
	if err != nil {
		t.Fatal(err)
	}
	if got := byRule(result.Findings, RuleTimeoutID); len(got) != 1 {
		t.Errorf("second run findings = %+v, want the rule run (and timed out) again", result.Findings)
	}
}

func TestNewRejectsMissingID(t *testing.T) {
	source := "# METADATA\n# title: No id\n# custom:\n#   criteria: [CC5.3]\n#   severity: warning\npackage soc2lint.rules.test.noid\n\ndeny contains {\"message\": {\"en\": \"x\"}} if false\n"
	modules := parse(t, map[string]string{"noid.rego": source})

	_, err := New(context.Background(), Options{Modules: modules, Categories: []string{"security"}})
	if err == nil {
		t.Fatal("New accepted a rule without custom.id")
	}
	if !strings.Contains(err.Error(), "noid.rego:1 ") {
		t.Errorf("error %q does not name the file and line of the METADATA block", err)
	}
	if !strings.Contains(err.Error(), "METADATA custom.id is missing: add an id such as access-mfa") {
		t.Errorf("error %q does not say that custom.id is missing", err)
	}
}

func TestFormatBytes(t *testing.T) {
	cases := map[uint64]string{
		2 << 30:     "2 GiB",
		64 << 20:    "64 MiB",
		1536 << 20:  "1536 MiB",
		100_000_000: "100000000 bytes",
	}
	for n, want := range cases {
		if got := formatBytes(n); got != want {
			t.Errorf("formatBytes(%d) = %q, want %q", n, got, want)
		}
	}
}
