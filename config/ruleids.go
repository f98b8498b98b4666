package config

import (
	"errors"
	"fmt"

	"go.yaml.in/yaml/v3"
)

// RuleRef is a rule id named under rules.disable or rules.severity, with
// where it is written, so that an unknown id can be reported at its line
// once the rules are compiled.
type RuleRef struct {
	// ID is the rule id as written.
	ID string

	// Key is the configuration key, such as rules.disable[0] or
	// rules.severity.governance-owner.
	Key string

	// Line is the line of the id in the configuration file.
	Line int
}

// recordRuleRefs stores in cfg.Rules.Refs every rule id that rules.disable
// and rules.severity name, with its line.
func recordRuleRefs(document *yaml.Node, cfg *Config) {
	rules := valueOf(document, "rules")
	if rules == nil {
		return
	}

	if disable := valueOf(rules, "disable"); disable != nil && disable.Kind == yaml.SequenceNode {
		for i, item := range disable.Content {
			cfg.Rules.Refs = append(cfg.Rules.Refs, RuleRef{
				ID: item.Value, Key: fmt.Sprintf("rules.disable[%d]", i), Line: item.Line,
			})
		}
	}

	if severity := valueOf(rules, "severity"); severity != nil && severity.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(severity.Content); i += 2 {
			key := severity.Content[i]
			cfg.Rules.Refs = append(cfg.Rules.Refs, RuleRef{
				ID: key.Value, Key: "rules.severity." + key.Value, Line: key.Line,
			})
		}
	}
}

// CheckRuleIDs returns an error for each rule id under rules.disable and
// rules.severity that known rejects, joined, each an *Error naming the file,
// line and key. Parse cannot check ids itself because the rules, custom
// ones included, are known only once they are compiled.
func (c *Config) CheckRuleIDs(known func(id string) bool) error {
	var errs []error
	for _, ref := range c.Rules.Refs {
		if known(ref.ID) {
			continue
		}
		errs = append(errs, &Error{
			File: c.Path, Line: ref.Line, Key: ref.Key,
			Msg: fmt.Sprintf("unknown rule id %q; run `soc2lint rules` to list the rule ids", ref.ID),
		})
	}
	return errors.Join(errs...)
}
