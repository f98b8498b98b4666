package engine

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/soc2lint/soc2lint/finding"
)

// Rule scopes.
const (
	ScopeDocument = "document"
	ScopeCorpus   = "corpus"
)

// Package path prefixes that hold rules.
var (
	documentRulesRef = ast.MustParseRef("data.soc2lint.rules")
	corpusRulesRef   = ast.MustParseRef("data.soc2lint.corpus")
)

// Rule is a rule's metadata, read from its package's METADATA block.
type Rule struct {
	ID          string            `json:"id"`
	Title       string            `json:"title"`
	Titles      map[string]string `json:"-"`
	Description string            `json:"description"`

	// Scope is ScopeDocument or ScopeCorpus.
	Scope string `json:"scope"`

	// Package is the Rego package path, such as data.soc2lint.rules.access.mfa.
	Package string `json:"package"`

	Criteria     []string          `json:"criteria"`
	Severity     string            `json:"severity"`
	Remediations map[string]string `json:"remediation"`
	Mappings     finding.Mappings  `json:"mappings"`

	// File is the Rego file that defines the rule.
	File string `json:"file"`

	// Builtin is true for rules shipped with soc2lint.
	Builtin bool `json:"builtin"`
}

var ruleID = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// ruleFromAnnotations reads a Rule from a package-scope annotation.
func ruleFromAnnotations(ref *ast.AnnotationsRef, scope string) (Rule, error) {
	a := ref.Annotations
	rule := Rule{
		Title:       strings.TrimSpace(a.Title),
		Description: strings.TrimSpace(a.Description),
		Scope:       scope,
		Package:     ref.Path.String(),
		Mappings:    finding.Mappings{ISO27001: []string{}, NISTCSF: []string{}, GDPR: []string{}},
	}
	where := rule.Package
	if a.Location != nil {
		rule.File = a.Location.File
	}
	if rule.File != "" {
		where = fmt.Sprintf("%s:%d (%s)", rule.File, a.Location.Row, rule.Package)
	}

	custom := a.Custom
	rule.ID, _ = custom["id"].(string)
	if strings.TrimSpace(rule.ID) == "" {
		return rule, fmt.Errorf("%s: METADATA custom.id is missing: add an id such as access-mfa", where)
	}
	if !ruleID.MatchString(rule.ID) {
		return rule, fmt.Errorf("%s: METADATA custom.id %q must be kebab-case, such as access-mfa", where, rule.ID)
	}
	if rule.Title == "" {
		return rule, fmt.Errorf("%s: rule %s: METADATA title is missing", where, rule.ID)
	}

	rule.Titles = map[string]string{"en": rule.Title}
	if es, ok := custom["title_es"].(string); ok && es != "" {
		rule.Titles["es"] = es
	}

	rule.Severity, _ = custom["severity"].(string)
	if finding.Rank(rule.Severity) > 2 {
		return rule, fmt.Errorf("%s: rule %s: METADATA custom.severity %q must be error, warning or info", where, rule.ID, rule.Severity)
	}

	rule.Criteria = stringList(custom["criteria"])
	if len(rule.Criteria) == 0 {
		return rule, fmt.Errorf("%s: rule %s: METADATA custom.criteria must list at least one criterion id", where, rule.ID)
	}

	rule.Remediations = languageMap(custom["remediation"])

	if mappings, ok := custom["mappings"].(map[string]any); ok {
		rule.Mappings.ISO27001 = stringList(mappings["iso27001"])
		rule.Mappings.NISTCSF = stringList(mappings["nist_csf"])
		rule.Mappings.GDPR = stringList(mappings["gdpr"])
	}

	return rule, nil
}

// TitleIn returns the rule title in lang, falling back to English.
func (r Rule) TitleIn(lang string) string {
	if title := r.Titles[lang]; title != "" {
		return title
	}
	return r.Title
}

// stringList converts a YAML list (or a single string) to strings.
func stringList(value any) []string {
	out := []string{}
	switch v := value.(type) {
	case string:
		if v != "" {
			out = append(out, v)
		}
	case []any:
		for _, item := range v {
			if s, ok := item.(string); ok && s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// languageMap reads {en: ..., es: ...}, or a plain string as English.
func languageMap(value any) map[string]string {
	out := map[string]string{}
	switch v := value.(type) {
	case string:
		out["en"] = strings.TrimSpace(v)
	case map[string]any:
		for lang, text := range v {
			if s, ok := text.(string); ok {
				out[lang] = strings.TrimSpace(s)
			}
		}
	}
	return out
}

// isUnder reports whether ref lies strictly below prefix.
func isUnder(ref, prefix ast.Ref) bool {
	return len(ref) > len(prefix) && ref.HasPrefix(prefix)
}

// sortRules orders rules by id.
func sortRules(rules []Rule) {
	slices.SortFunc(rules, func(a, b Rule) int { return strings.Compare(a.ID, b.ID) })
}
