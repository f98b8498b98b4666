package engine

import (
	"context"
	"errors"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/soc2lint/soc2lint/finding"
	"github.com/soc2lint/soc2lint/model"
)

// documentResult is the outcome of the document pass on one document.
type documentResult struct {
	findings []finding.Finding
	supports []string

	// skipped lists the rules that the breaker kept from running on the
	// document. Their rule-skipped findings are built after the pass, when
	// every trip is known.
	skipped []Rule
}

// evaluateDocument runs every document rule on one document, each under its
// own deadline, then the coverage query. A rule that fails, times out or is
// stopped for memory yields a finding and does not stop the others. A rule
// that the breaker has stopped on another document is not run.
func (e *Engine) evaluateDocument(ctx context.Context, doc *model.Document, input ast.Value) documentResult {
	var result documentResult

	for _, prepared := range e.document {
		if ctx.Err() != nil {
			return result
		}
		if _, stopped := e.breaker.tripped(prepared.rule.ID); stopped {
			result.skipped = append(result.skipped, prepared.rule)
			continue
		}

		findings, reason := e.evaluateRule(ctx, prepared, input, doc.File)
		result.findings = append(result.findings, findings...)
		if reason != stopNone {
			e.breaker.record(prepared.rule.ID, doc.File, reason)
		}
	}

	result.supports = e.evaluateCoverage(ctx, input)
	return result
}

// evaluateCoverage returns the criterion ids that a document supports.
//
// TODO: a coverage query that fails or times out leaves the document
// supporting nothing, and no finding reports it.
func (e *Engine) evaluateCoverage(ctx context.Context, input ast.Value) []string {
	if e.coverage == nil {
		return nil
	}

	ctx, cancel := context.WithTimeout(ctx, e.timeout)
	defer cancel()

	rs, err := e.coverage.Eval(ctx, rego.EvalParsedInput(input))
	if err != nil {
		return nil
	}
	return stringsFromResult(rs)
}

// evaluateRule runs one rule and converts its violations to findings. An
// evaluation error becomes a finding on file so that nothing is lost. The
// stop reason records whether the rule ran out of time or memory.
func (e *Engine) evaluateRule(ctx context.Context, prepared preparedRule, input ast.Value, file string) ([]finding.Finding, stopReason) {
	rule := prepared.rule

	rs, reason, err := e.runRule(ctx, prepared, input)
	if err != nil {
		return []finding.Finding{e.failure(rule, file, err, reason)}, reason
	}

	var findings []finding.Finding
	for _, violation := range violationsFromResult(rs) {
		f, err := buildFinding(rule, violation, file)
		if err != nil {
			findings = append(findings, e.failure(rule, file, err, stopNone))
			continue
		}
		findings = append(findings, f)
	}
	return findings, stopNone
}

// runRule evaluates one rule under its own deadline and under the memory
// guard. On error, the stop reason records whether the deadline passed or
// the guard cancelled the evaluation, so that a cancellation for memory is
// not reported as a timeout.
func (e *Engine) runRule(ctx context.Context, prepared preparedRule, input ast.Value) (rego.ResultSet, stopReason, error) {
	ctx, cancel := context.WithTimeout(ctx, e.timeout)
	defer cancel()

	ctx, release := e.guard.track(ctx)
	defer release()

	rs, err := prepared.query.Eval(ctx, rego.EvalParsedInput(input))
	switch {
	case err == nil:
		return rs, stopNone, nil
	case errors.Is(context.Cause(ctx), errMemoryLimit):
		return nil, stopMemory, err
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return nil, stopTimeout, err
	}
	return nil, stopNone, err
}

// skippedFindings builds a rule-skipped finding for each rule that the
// breaker kept from running on file, naming the file on which the rule
// stopped. A pair that already has one gets no second finding.
func (e *Engine) skippedFindings(rules []Rule, file string) []finding.Finding {
	var findings []finding.Finding
	for _, rule := range rules {
		t, stopped := e.breaker.tripped(rule.ID)
		if !stopped || t.file == file || !e.breaker.markReported(rule.ID, file) {
			continue
		}
		findings = append(findings, e.skipped(rule, file, t))
	}
	return findings
}
