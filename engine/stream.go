package engine

import (
	"context"
	"fmt"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/soc2lint/soc2lint/finding"
)

// Violation is a finding of a rule evaluated with EvaluateUnder, together
// with the violation's "group" field, which the engine's own Evaluate
// drops. Evidence rules set group "row" on a failure of one data row so that
// the caller can cap how many such findings it reports.
type Violation struct {
	Finding finding.Finding
	Group   string
}

// EvaluateUnder runs the enabled document rules whose package is prefix or
// below it (such as "data.soc2lint.rules.evidence") on one input, which is
// any value that converts to Rego, and attributes the findings to file. It
// reads the facts stored by the last Evaluate. A rule that fails yields a
// rule-error, rule-timeout or rule-memory finding. A rule that timed out or
// was stopped for memory, here or in Evaluate, is not run again: it yields
// one rule-skipped finding per file instead. The error reports a cancelled
// context or an input that does not convert.
func (e *Engine) EvaluateUnder(ctx context.Context, prefix, file string, input any) ([]Violation, error) {
	value, err := ast.InterfaceToValue(input)
	if err != nil {
		return nil, fmt.Errorf("converting %s to Rego input: %w", file, err)
	}

	var out []Violation
	for _, prepared := range e.document {
		if prepared.rule.Package != prefix && !strings.HasPrefix(prepared.rule.Package, prefix+".") {
			continue
		}
		if _, stopped := e.breaker.tripped(prepared.rule.ID); stopped {
			for _, f := range e.skippedFindings([]Rule{prepared.rule}, file) {
				out = append(out, Violation{Finding: f})
			}
			continue
		}

		violations, reason := e.evaluateGrouped(ctx, prepared, value, file)
		out = append(out, violations...)
		if reason != stopNone {
			e.breaker.record(prepared.rule.ID, file, reason)
		}
		if err := ctx.Err(); err != nil {
			return out, err
		}
	}
	return out, nil
}

// evaluateGrouped is evaluateRule keeping each violation's group.
func (e *Engine) evaluateGrouped(ctx context.Context, prepared preparedRule, input ast.Value, file string) ([]Violation, stopReason) {
	rule := prepared.rule

	rs, reason, err := e.runRule(ctx, prepared, input)
	if err != nil {
		return []Violation{{Finding: e.failure(rule, file, err, reason)}}, reason
	}

	var out []Violation
	for _, violation := range violationsFromResult(rs) {
		f, err := buildFinding(rule, violation, file)
		if err != nil {
			out = append(out, Violation{Finding: e.failure(rule, file, err, stopNone)})
			continue
		}
		group, _ := violation["group"].(string)
		out = append(out, Violation{Finding: f, Group: group})
	}
	return out, stopNone
}
