package engine

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
)

// collectRules reads the rules from the package-scope annotations of every
// package under data.soc2lint.rules and data.soc2lint.corpus that defines
// deny. A package with deny but without METADATA is an error: its findings
// would have no id, severity or criteria.
func collectRules(compiler *ast.Compiler) ([]Rule, error) {
	annotated := map[string]*ast.AnnotationsRef{}
	for _, ref := range compiler.GetAnnotationSet().Flatten() {
		if ref.Annotations != nil && ref.Annotations.Scope == "package" {
			annotated[ref.Path.String()] = ref
		}
	}

	var rules []Rule
	var errs []error
	seen := map[string]string{}

	for _, module := range compiler.Modules {
		path := module.Package.Path
		scope := ""
		switch {
		case isUnder(path, documentRulesRef):
			scope = ScopeDocument
		case isUnder(path, corpusRulesRef):
			scope = ScopeCorpus
		default:
			continue
		}
		if !definesDeny(module) {
			continue
		}

		key := path.String()
		if _, done := seen["pkg:"+key]; done {
			continue
		}
		seen["pkg:"+key] = key

		ref, ok := annotated[key]
		if !ok {
			errs = append(errs, fmt.Errorf("%s (%s): rule package has no package-scope METADATA block with title and custom id, criteria and severity", module.Package.Location.File, key))
			continue
		}

		rule, err := ruleFromAnnotations(ref, scope)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if other, dup := seen[rule.ID]; dup {
			errs = append(errs, fmt.Errorf("rule id %s is used by both %s and %s", rule.ID, other, key))
			continue
		}
		seen[rule.ID] = key
		rules = append(rules, rule)
	}

	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}

	sortRules(rules)
	return rules, nil
}

// definesDeny reports whether module has a rule named deny.
func definesDeny(module *ast.Module) bool {
	for _, rule := range module.Rules {
		if rule.Head.Name.String() == "deny" || (len(rule.Head.Reference) > 0 && rule.Head.Reference[0].String() == "deny") {
			return true
		}
	}
	return false
}

// hasPackage reports whether any module declares the package path.
func hasPackage(compiler *ast.Compiler, path string) bool {
	for _, module := range compiler.Modules {
		if module.Package.Path.String() == path {
			return true
		}
	}
	return false
}

// violationsFromResult returns the objects of a deny set.
func violationsFromResult(rs rego.ResultSet) []map[string]any {
	var out []map[string]any
	for _, result := range rs {
		for _, expression := range result.Expressions {
			items, ok := expression.Value.([]any)
			if !ok {
				continue
			}
			for _, item := range items {
				if violation, ok := item.(map[string]any); ok {
					out = append(out, violation)
				}
			}
		}
	}
	return out
}

// stringsFromResult returns the strings of a set result.
func stringsFromResult(rs rego.ResultSet) []string {
	var out []string
	for _, result := range rs {
		for _, expression := range result.Expressions {
			items, _ := expression.Value.([]any)
			for _, item := range items {
				if s, ok := item.(string); ok {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// intValue reads a JSON number from a Rego result.
func intValue(value any) int {
	switch v := value.(type) {
	case json.Number:
		n, _ := v.Int64()
		return int(n)
	case float64:
		return int(v)
	case int:
		return v
	}
	return 0
}
