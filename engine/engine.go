package engine

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"

	"github.com/soc2lint/soc2lint/finding"
	"github.com/soc2lint/soc2lint/model"
)

// coverageQuery names the set of criterion ids a document supports.
const coverageQuery = "data.soc2lint.coverage.supports"

// factsQuery names the facts that rules derive from all documents before the
// document pass, such as the review frequency an access policy states. The
// result is stored at data.soc2lint.run.facts, where document rules (the
// evidence rules in particular) read it.
const factsQuery = "data.soc2lint.facts"

// factsPath is the storage path of the result of factsQuery.
var factsPath = storage.MustParsePath("/soc2lint/run/facts")

// DefaultTimeout bounds the evaluation of one rule on one document.
const DefaultTimeout = 30 * time.Second

// Options configure an Engine.
type Options struct {
	// Modules are the parsed Rego modules: the built-in rules and any custom
	// ones, keyed by file name.
	Modules map[string]*ast.Module

	// Run is stored at data.soc2lint.run: as_of, organization and scope.
	Run map[string]any

	// Criteria is stored at data.soc2lint.criteria: the catalog keyed by
	// criterion id, so rules can check the ids a policy cites.
	Criteria map[string]any

	// Categories are the in-scope categories; a rule runs only when one of
	// its criteria belongs to one of them.
	Categories []string

	// Disabled lists rule ids that do not run.
	Disabled []string

	// Severity overrides a rule's severity by rule id.
	Severity map[string]string

	// Timeout bounds the evaluation of each rule on each document, of each
	// corpus rule, and of the coverage and facts queries; zero means
	// DefaultTimeout.
	Timeout time.Duration

	// MaxMemoryBytes is the Go heap size, in bytes, past which the rule
	// evaluations in progress are cancelled; zero means
	// DefaultMaxMemoryBytes.
	MaxMemoryBytes int64

	// Workers is the size of the worker pool; zero means GOMAXPROCS.
	Workers int

	// Print receives the output of print calls in rules, one line per call
	// prefixed with the rule's file and line. When nil, print calls are
	// removed at compile time.
	Print io.Writer
}

// Engine holds the compiled rules of one run: one Evaluate, then any number
// of EvaluateUnder calls, which may run concurrently. Evaluate starts a new
// run: it replaces the derived facts and resets the breaker, which records
// the rules that ran out of time or memory.
type Engine struct {
	rules    []Rule
	byID     map[string]Rule
	document []preparedRule
	corpus   []preparedRule
	coverage *rego.PreparedEvalQuery
	facts    *rego.PreparedEvalQuery
	store    storage.Store
	timeout  time.Duration
	workers  int
	guard    *memoryGuard
	breaker  breaker
}

type preparedRule struct {
	rule  Rule
	query rego.PreparedEvalQuery
}

// Result is the outcome of evaluating a set of documents.
type Result struct {
	Findings []finding.Finding

	// Supports maps a criterion id to the files that address it, sorted.
	Supports map[string][]string
}

// New compiles the modules and prepares one query per enabled, in-scope rule.
// Errors name the rule file and what is wrong with it.
func New(ctx context.Context, opts Options) (*Engine, error) {
	if err := CheckBuiltins(opts.Modules); err != nil {
		return nil, fmt.Errorf("compiling rules: %w", err)
	}

	compiler := ast.NewCompiler().
		WithUseTypeCheckAnnotations(false).
		WithCapabilities(Capabilities()).
		WithEnablePrintStatements(opts.Print != nil)
	compiler.Compile(opts.Modules)
	if compiler.Failed() {
		return nil, fmt.Errorf("compiling rules: %w", compiler.Errors)
	}

	rules, err := collectRules(compiler)
	if err != nil {
		return nil, err
	}

	if opts.Run == nil {
		opts.Run = map[string]any{}
	}
	store := inmem.NewFromObject(map[string]any{"soc2lint": map[string]any{"run": opts.Run, "criteria": opts.Criteria}})

	e := &Engine{
		store:   store,
		rules:   rules,
		byID:    map[string]Rule{},
		timeout: opts.Timeout,
		workers: opts.Workers,
		guard:   newMemoryGuard(opts.MaxMemoryBytes),
	}
	if e.timeout <= 0 {
		e.timeout = DefaultTimeout
	}
	if e.workers <= 0 {
		e.workers = runtime.GOMAXPROCS(0)
	}

	for i, rule := range rules {
		if severity, ok := opts.Severity[rule.ID]; ok {
			rules[i].Severity = severity
			rule.Severity = severity
		}
		e.byID[rule.ID] = rule

		if slices.Contains(opts.Disabled, rule.ID) || !inScope(rule.Criteria, opts.Categories) {
			continue
		}

		query, err := rego.New(
			rego.Query(rule.Package+".deny"),
			rego.Compiler(compiler),
			rego.Store(store),
			rego.PrintHook(newPrintHook(opts.Print)),
		).PrepareForEval(ctx)
		if err != nil {
			return nil, fmt.Errorf("preparing rule %s (%s): %w", rule.ID, rule.File, err)
		}

		prepared := preparedRule{rule: rule, query: query}
		if rule.Scope == ScopeCorpus {
			e.corpus = append(e.corpus, prepared)
		} else {
			e.document = append(e.document, prepared)
		}
	}

	if hasPackage(compiler, "data.soc2lint.coverage") {
		query, err := rego.New(
			rego.Query(coverageQuery),
			rego.Compiler(compiler),
			rego.Store(store),
			rego.PrintHook(newPrintHook(opts.Print)),
		).PrepareForEval(ctx)
		if err != nil {
			return nil, fmt.Errorf("preparing coverage query: %w", err)
		}
		e.coverage = &query
	}

	if hasPackage(compiler, factsQuery) {
		query, err := rego.New(
			rego.Query(factsQuery),
			rego.Compiler(compiler),
			rego.Store(store),
			rego.PrintHook(newPrintHook(opts.Print)),
		).PrepareForEval(ctx)
		if err != nil {
			return nil, fmt.Errorf("preparing facts query: %w", err)
		}
		e.facts = &query
	}

	return e, nil
}

// Rules returns every rule found, enabled or not, sorted by id.
func (e *Engine) Rules() []Rule {
	return slices.Clone(e.rules)
}

// Rule returns the rule with id.
func (e *Engine) Rule(id string) (Rule, bool) {
	rule, ok := e.byID[id]
	return rule, ok
}

// Evaluate runs the document rules on each document in a worker pool, then
// the corpus rules once on all documents. A rule that fails, times out or
// is stopped by the memory guard on one document yields a finding for that
// document, and the other rules still run. A rule that timed out or was
// stopped for memory is not run again in this run: each document it did not
// run on gets a rule-skipped finding instead. The returned error reports a
// cancelled context or a failed facts pass.
func (e *Engine) Evaluate(ctx context.Context, docs []*model.Document) (Result, error) {
	e.breaker.reset()

	inputs := make([]ast.Value, len(docs))
	for i, doc := range docs {
		value, err := ast.InterfaceToValue(doc)
		if err != nil {
			return Result{}, fmt.Errorf("converting %s to Rego input: %w", doc.File, err)
		}
		inputs[i] = value
	}

	// The corpus input reuses the converted documents rather than
	// converting every document a second time.
	terms := make([]*ast.Term, len(inputs))
	for i, value := range inputs {
		terms[i] = ast.NewTerm(value)
	}
	corpusInput := ast.NewObject(ast.Item(ast.StringTerm("documents"), ast.ArrayTerm(terms...)))

	if err := e.deriveFacts(ctx, corpusInput); err != nil {
		return Result{}, err
	}

	results := make([]documentResult, len(docs))

	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(e.workers, max(len(docs), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] = e.evaluateDocument(ctx, docs[i], inputs[i])
			}
		}()
	}
	for i := range docs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()

	if err := ctx.Err(); err != nil {
		return Result{}, err
	}

	result := Result{Supports: map[string][]string{}}
	for i, r := range results {
		result.Findings = append(result.Findings, r.findings...)
		result.Findings = append(result.Findings, e.skippedFindings(r.skipped, docs[i].File)...)
		for _, criterion := range r.supports {
			result.Supports[criterion] = append(result.Supports[criterion], docs[i].File)
		}
	}
	for criterion := range result.Supports {
		sort.Strings(result.Supports[criterion])
	}

	for _, prepared := range e.corpus {
		findings, _ := e.evaluateRule(ctx, prepared, corpusInput, "")
		result.Findings = append(result.Findings, findings...)
	}

	finding.Sort(result.Findings)
	return result, ctx.Err()
}

// deriveFacts evaluates the facts package over all documents and stores the
// result at data.soc2lint.run.facts. Without a facts package it stores an
// empty object, so rules can read the path unconditionally.
func (e *Engine) deriveFacts(ctx context.Context, corpusInput ast.Value) error {
	facts := map[string]any{}

	if e.facts != nil {
		ctx, cancel := context.WithTimeout(ctx, e.timeout)
		defer cancel()

		rs, err := e.facts.Eval(ctx, rego.EvalParsedInput(corpusInput))
		if err != nil {
			return fmt.Errorf("deriving facts from the documents: %w", err)
		}
		if len(rs) > 0 && len(rs[0].Expressions) > 0 {
			if value, ok := rs[0].Expressions[0].Value.(map[string]any); ok {
				facts = value
			}
		}
	}

	if err := storage.WriteOne(ctx, e.store, storage.AddOp, factsPath, facts); err != nil {
		return fmt.Errorf("storing derived facts: %w", err)
	}
	return nil
}

// buildFinding converts one violation object to a finding.
func buildFinding(rule Rule, violation map[string]any, file string) (finding.Finding, error) {
	f := finding.Finding{
		RuleID:       rule.ID,
		Title:        rule.Title,
		Criteria:     slices.Clone(rule.Criteria),
		Severity:     rule.Severity,
		File:         file,
		Remediations: rule.Remediations,
		Mappings:     rule.Mappings,
		Messages:     languageMap(violation["message"]),
	}
	if f.Messages["en"] == "" {
		return f, fmt.Errorf("violation has no English message: %v", violation)
	}

	if narrowed := stringList(violation["criteria"]); len(narrowed) > 0 {
		for _, criterion := range narrowed {
			if !slices.Contains(rule.Criteria, criterion) {
				return f, fmt.Errorf("violation criterion %s is not in the rule's METADATA criteria %v", criterion, rule.Criteria)
			}
		}
		f.Criteria = narrowed
	}

	if location, ok := violation["location"].(map[string]any); ok {
		f.Line = intValue(location["line"])
		f.Page = intValue(location["page"])
		f.Sheet, _ = location["sheet"].(string)
		f.Cell, _ = location["cell"].(string)
	}

	f.Localize("en")
	return f, nil
}

// inScope reports whether any criterion belongs to an in-scope category.
func inScope(criteria, categories []string) bool {
	for _, criterion := range criteria {
		if slices.Contains(categories, CategoryOf(criterion)) {
			return true
		}
	}
	return false
}

// CategoryOf returns the Trust Services category of a criterion id from its
// prefix: CC security, A availability, C confidentiality, PI processing
// integrity, P privacy; "" for anything else.
func CategoryOf(criterion string) string {
	switch {
	case strings.HasPrefix(criterion, "CC"):
		return "security"
	case strings.HasPrefix(criterion, "PI"):
		return "processing_integrity"
	case strings.HasPrefix(criterion, "A"):
		return "availability"
	case strings.HasPrefix(criterion, "C"):
		return "confidentiality"
	case strings.HasPrefix(criterion, "P"):
		return "privacy"
	}
	return ""
}
