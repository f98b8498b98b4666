package engine

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/soc2lint/soc2lint/model"
)

const ownerRule = `# METADATA
# title: Owner named
# custom:
#   id: test-owner
#   title_es: Responsable indicado
#   criteria: [CC5.3]
#   severity: error
#   remediation:
#     en: Name an owner.
#     es: Indique un responsable.
#   mappings:
#     iso27001: [A.5.1]
#     nist_csf: [GV.PO-01]
package soc2lint.rules.test.owner

deny contains {"message": {"en": sprintf("%s has no owner", [input.file]), "es": "sin responsable"}, "location": {"line": 1}} if {
	input.metadata.owner == ""
}
`

const corpusRule = `# METADATA
# title: Incident plan exists
# custom:
#   id: test-incident-plan
#   criteria: [CC7.3, CC7.4]
#   severity: warning
package soc2lint.corpus.incident

deny contains {"message": {"en": "no incident response plan", "es": "no hay plan"}, "location": {}, "criteria": ["CC7.3"]} if {
	not any_incident
}

any_incident if {
	some doc in input.documents
	contains(lower(doc.title), "incident")
}
`

const privacyRule = `# METADATA
# title: Privacy rule
# custom:
#   id: test-privacy
#   criteria: [P1.1]
#   severity: error
package soc2lint.rules.test.privacy

deny contains {"message": {"en": "always"}, "location": {"line": 2}} if true
`

const coverageModule = `package soc2lint.coverage

supports contains "CC5.3" if input.metadata.owner != ""
`

func parse(t *testing.T, sources map[string]string) map[string]*ast.Module {
	t.Helper()
	modules := map[string]*ast.Module{}
	for name, source := range sources {
		module, err := ast.ParseModuleWithOpts(name, source, ast.ParserOptions{ProcessAnnotation: true, RegoVersion: ast.RegoV1})
		if err != nil {
			t.Fatalf("parsing %s: %v", name, err)
		}
		modules[name] = module
	}
	return modules
}

func newTestEngine(t *testing.T, opts Options) *Engine {
	t.Helper()
	if opts.Modules == nil {
		opts.Modules = parse(t, map[string]string{
			"owner.rego": ownerRule, "incident.rego": corpusRule, "privacy.rego": privacyRule, "coverage.rego": coverageModule,
		})
	}
	if opts.Categories == nil {
		opts.Categories = []string{"security"}
	}
	e, err := New(context.Background(), opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return e
}

func docs() []*model.Document {
	return []*model.Document{
		{File: "policies/access.md", Title: "Access Control Policy", Metadata: model.Metadata{Owner: ""}},
		{File: "policies/security.md", Title: "Information Security Policy", Metadata: model.Metadata{Owner: "CISO"}},
	}
}

func TestEvaluateBuildsFindingsFromMetadata(t *testing.T) {
	e := newTestEngine(t, Options{})

	result, err := e.Evaluate(context.Background(), docs())
	if err != nil {
		t.Fatal(err)
	}

	if len(result.Findings) != 2 {
		t.Fatalf("got %d findings, want 2 (one owner, one corpus): %+v", len(result.Findings), result.Findings)
	}

	corpus, owner := result.Findings[0], result.Findings[1]

	if corpus.File != "" || corpus.RuleID != "test-incident-plan" || strings.Join(corpus.Criteria, ",") != "CC7.3" {
		t.Errorf("corpus finding = %+v, want file \"\", narrowed criteria CC7.3", corpus)
	}
	if corpus.Severity != "warning" || corpus.Line != 0 {
		t.Errorf("corpus finding severity/line = %s/%d", corpus.Severity, corpus.Line)
	}

	if owner.File != "policies/access.md" || owner.Line != 1 || owner.RuleID != "test-owner" {
		t.Errorf("owner finding = %+v", owner)
	}
	if owner.Message != "policies/access.md has no owner" || owner.Messages["es"] != "sin responsable" {
		t.Errorf("owner messages = %q / %v", owner.Message, owner.Messages)
	}
	if owner.Remediation != "Name an owner." || strings.Join(owner.Mappings.ISO27001, ",") != "A.5.1" {
		t.Errorf("owner remediation/mappings = %q / %+v", owner.Remediation, owner.Mappings)
	}
}

func TestEvaluateSkipsOutOfScopeAndDisabled(t *testing.T) {
	e := newTestEngine(t, Options{Disabled: []string{"test-owner"}})

	result, err := e.Evaluate(context.Background(), docs())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range result.Findings {
		if f.RuleID == "test-owner" || f.RuleID == "test-privacy" {
			t.Errorf("finding from a disabled or out-of-scope rule: %+v", f)
		}
	}

	e = newTestEngine(t, Options{Categories: []string{"security", "privacy"}})
	result, err = e.Evaluate(context.Background(), docs())
	if err != nil {
		t.Fatal(err)
	}
	privacy := 0
	for _, f := range result.Findings {
		if f.RuleID == "test-privacy" {
			privacy++
		}
	}
	if privacy != 2 {
		t.Errorf("privacy rule in scope gave %d findings, want one per document", privacy)
	}
}

func TestEvaluateSeverityOverride(t *testing.T) {
	e := newTestEngine(t, Options{Severity: map[string]string{"test-owner": "info"}})

	result, err := e.Evaluate(context.Background(), docs())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range result.Findings {
		if f.RuleID == "test-owner" && f.Severity != "info" {
			t.Errorf("severity = %s, want the override info", f.Severity)
		}
	}
}

func TestEvaluateCoverage(t *testing.T) {
	e := newTestEngine(t, Options{})

	result, err := e.Evaluate(context.Background(), docs())
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(result.Supports["CC5.3"], ","); got != "policies/security.md" {
		t.Errorf("CC5.3 supported by %q, want policies/security.md", got)
	}
}

func TestNewRejectsRuleWithoutMetadata(t *testing.T) {
	modules := parse(t, map[string]string{"bare.rego": "package soc2lint.rules.test.bare\n\ndeny contains {\"message\": {\"en\": \"x\"}} if true\n"})

	_, err := New(context.Background(), Options{Modules: modules, Categories: []string{"security"}})
	if err == nil || !strings.Contains(err.Error(), "bare.rego") || !strings.Contains(err.Error(), "METADATA") {
		t.Errorf("error = %v, want one naming bare.rego and METADATA", err)
	}
}

func TestNewRejectsDuplicateIDs(t *testing.T) {
	copyRule := strings.Replace(ownerRule, "package soc2lint.rules.test.owner", "package soc2lint.rules.test.owner_copy", 1)
	modules := parse(t, map[string]string{"a.rego": ownerRule, "b.rego": copyRule})

	_, err := New(context.Background(), Options{Modules: modules, Categories: []string{"security"}})
	if err == nil || !strings.Contains(err.Error(), "test-owner is used by both") {
		t.Errorf("error = %v, want a duplicate id error", err)
	}
}

func TestEvaluateSlowRuleTimesOut(t *testing.T) {
	slow := `# METADATA
# title: Slow
# custom:
#   id: test-slow
#   criteria: [CC5.3]
#   severity: info
package soc2lint.rules.test.slow

deny contains {"message": {"en": "done"}} if {
	count([x | some x in numbers.range(1, 200000000)]) > 0
}
`
	e := newTestEngine(t, Options{Modules: parse(t, map[string]string{"slow.rego": slow}), Timeout: 200 * time.Millisecond})

	result, err := e.Evaluate(context.Background(), docs()[:1])
	if err != nil {
		t.Fatal(err)
	}
	if len(result.Findings) != 1 || result.Findings[0].RuleID != RuleTimeoutID {
		t.Fatalf("findings = %+v, want one %s finding", result.Findings, RuleTimeoutID)
	}
	if !strings.Contains(result.Findings[0].Message, "test-slow") {
		t.Errorf("message %q does not name the rule", result.Findings[0].Message)
	}
}

func TestEvaluateDerivesFactsBeforeDocumentRules(t *testing.T) {
	facts := `package soc2lint.facts

review_days := min([f.days |
	some doc in input.documents
	some s in doc.statements
	some f in s.frequencies
])
`
	uses := `# METADATA
# title: Uses facts
# custom:
#   id: test-uses-facts
#   criteria: [CC6.3]
#   severity: warning
package soc2lint.rules.test.uses_facts

deny contains {"message": {"en": sprintf("policy review interval is %d days", [data.soc2lint.run.facts.review_days])}, "location": {"line": 1}} if {
	input.kind == "evidence"
}
`
	e := newTestEngine(t, Options{Modules: parse(t, map[string]string{"facts.rego": facts, "uses.rego": uses})})

	documents := []*model.Document{
		{File: "policies/access.md", Kind: "policy", Statements: []model.Statement{
			{Text: "Access is reviewed quarterly.", Frequencies: []model.Frequency{{Phrase: "quarterly", Days: 91}}},
		}},
		{File: "evidence/uar.csv", Kind: "evidence"},
	}

	result, err := e.Evaluate(context.Background(), documents)
	if err != nil {
		t.Fatal(err)
	}
	if len(result.Findings) != 1 || result.Findings[0].Message != "policy review interval is 91 days" {
		t.Errorf("findings = %+v, want one that reads the derived fact", result.Findings)
	}

	// A second run on the same engine replaces the facts of the first.
	documents[0].Statements[0].Frequencies[0].Days = 30
	result, err = e.Evaluate(context.Background(), documents)
	if err != nil {
		t.Fatal(err)
	}
	if len(result.Findings) != 1 || result.Findings[0].Message != "policy review interval is 30 days" {
		t.Errorf("second run findings = %+v, want the new fact", result.Findings)
	}
}
