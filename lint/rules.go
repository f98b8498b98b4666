package lint

import (
	"context"
	"fmt"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/soc2lint/soc2lint/criteria"
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/finding"
	"github.com/soc2lint/soc2lint/report"
	"github.com/soc2lint/soc2lint/rules"
	"github.com/soc2lint/soc2lint/suppress"
)

// AllRules returns every Rego rule (built-in and extra) and every
// parser-raised rule, sorted by id, regardless of scope or configuration.
func AllRules(ctx context.Context, extra map[string]*ast.Module) ([]engine.Rule, error) {
	modules, err := rules.Modules(false)
	if err != nil {
		return nil, fmt.Errorf("loading built-in rules: %w", err)
	}
	builtin := map[string]bool{}
	for name := range modules {
		builtin[name] = true
	}
	for name, module := range extra {
		modules[name] = module
	}

	eng, err := engine.New(ctx, engine.Options{
		Modules:    modules,
		Run:        map[string]any{"scope": map[string]any{"categories": criteria.Categories()}},
		Criteria:   CriteriaData(),
		Categories: criteria.Categories(),
	})
	if err != nil {
		return nil, err
	}

	all := eng.Rules()
	for i := range all {
		all[i].Builtin = builtin[all[i].File]
	}
	return append(all, problemEngineRules()...), nil
}

// problemEngineRules describes the parser-raised rules as engine rules.
func problemEngineRules() []engine.Rule {
	var all []engine.Rule
	for _, problem := range ProblemRules {
		all = append(all, engine.Rule{
			ID:           problem.ID,
			Title:        problem.Title,
			Titles:       map[string]string{"en": problem.Title},
			Description:  "Raised while reading the file, before the Rego rules run.",
			Scope:        engine.ScopeDocument,
			Criteria:     problem.Criteria,
			Severity:     problem.Severity,
			Remediations: problem.Remediations,
			Mappings:     finding.Mappings{ISO27001: []string{}, NISTCSF: []string{}, GDPR: []string{}},
			Builtin:      true,
		})
	}

	all = append(all, engine.Rule{
		ID:           suppress.RuleInvalid,
		Title:        suppress.InvalidTitles["en"],
		Titles:       suppress.InvalidTitles,
		Description:  suppress.InvalidDescription,
		Scope:        engine.ScopeDocument,
		Criteria:     []string{},
		Severity:     finding.SeverityWarning,
		Remediations: suppress.InvalidRemediations,
		Mappings:     finding.Mappings{ISO27001: []string{}, NISTCSF: []string{}, GDPR: []string{}},
		Builtin:      true,
	})
	return all
}

// reportRules converts rules to the form reporters show, in lang.
func reportRules(all []engine.Rule, lang string) []report.Rule {
	out := make([]report.Rule, 0, len(all))
	for _, rule := range all {
		remediation := rule.Remediations[lang]
		if remediation == "" {
			remediation = rule.Remediations["en"]
		}
		out = append(out, report.Rule{
			ID:          rule.ID,
			Title:       rule.TitleIn(lang),
			Description: rule.Description,
			Criteria:    rule.Criteria,
			Severity:    rule.Severity,
			Remediation: remediation,
			Mappings:    rule.Mappings,
		})
	}
	return out
}
