package main

import (
	"fmt"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/soc2lint/soc2lint/config"
	"github.com/soc2lint/soc2lint/rulesload"
)

// loadCustomRules loads the custom rules named by rules.paths in cfg and by
// the --rules flags, or returns nil when there are none.
func loadCustomRules(cfg *config.Config, flagPaths []string) (map[string]*ast.Module, error) {
	paths := append(cfg.RulePaths(), flagPaths...)
	if len(paths) == 0 {
		return nil, nil
	}

	modules, err := rulesload.Load(paths, rulesload.Options{})
	if err != nil {
		return nil, fmt.Errorf("loading custom rules:\n%w", err)
	}
	return modules, nil
}
