package lint

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/suppress"
)

// runtimeRuleIDs are the ids of findings that neither a Rego rule nor an
// entry of ProblemRules describes.
var runtimeRuleIDs = []string{suppress.RuleInvalid}

// KnownRuleIDs returns a function reporting whether id names a rule a run
// can raise: a Rego rule of eng (built-in or custom, enabled or not), a
// parser-raised rule or a runtime rule. Configuration and suppression
// checks use it so that they agree on which ids exist.
func KnownRuleIDs(eng *engine.Engine) func(id string) bool {
	known := map[string]bool{}
	for _, rule := range eng.Rules() {
		known[rule.ID] = true
	}
	for _, rule := range ProblemRules {
		known[rule.ID] = true
	}
	for _, id := range runtimeRuleIDs {
		known[id] = true
	}

	return func(id string) bool { return known[id] }
}
