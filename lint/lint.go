// Package lint runs the whole pipeline for one invocation: discover the
// files, parse each in a worker pool, annotate the documents, evaluate the
// rules and assemble the report.
package lint

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/soc2lint/soc2lint/annotate"
	"github.com/soc2lint/soc2lint/config"
	"github.com/soc2lint/soc2lint/criteria"
	"github.com/soc2lint/soc2lint/dates"
	"github.com/soc2lint/soc2lint/discover"
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/evidence"
	"github.com/soc2lint/soc2lint/finding"
	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
	"github.com/soc2lint/soc2lint/parsers/dispatch"
	"github.com/soc2lint/soc2lint/report"
	"github.com/soc2lint/soc2lint/rules"
)

// Options configure one run.
type Options struct {
	// Paths are the folders or files to lint.
	Paths []string

	// Config is the loaded configuration.
	Config *config.Config

	// ExtraModules are custom Rego modules added to the built-in rules.
	ExtraModules map[string]*ast.Module

	// Version is written in the report's tool section.
	Version string

	// Log receives diagnostics such as skipped files; nil discards them.
	Log io.Writer

	// Verbose lists skipped files in Log.
	Verbose bool

	// BaselineFile is a previous JSON report; when set, the report lists
	// only the findings that report does not have.
	BaselineFile string

	// NewFromRev is a Git revision. When set, the paths as they were at that
	// revision are linted with the same configuration, and the report lists
	// only the findings absent from that run.
	NewFromRev string

	// Progress, when set, is called once the files are found, with Done 0,
	// and again after each file is parsed. Calls never overlap. With
	// NewFromRev a second round of calls follows for the revision.
	Progress func(Progress)
}

// Progress is how far a run has come in parsing its files.
type Progress struct {
	// Done counts the files parsed so far, out of Total found.
	Done, Total int

	// LargestBytes is the size of the largest file found, so that a caller
	// can tell a long run from a short one before parsing starts.
	LargestBytes int64
}

// Run lints opts.Paths. Problems with single files become findings. The
// error reports what stops the whole run: a path that does not exist, a rule
// that does not compile, a configuration naming an unknown rule, or a
// cancelled context. A run that finds no file to lint is not an error: the
// report has no documents, and the caller decides what that means.
func Run(ctx context.Context, opts Options) (*report.Report, error) {
	cfg := opts.Config
	if cfg == nil {
		cfg = config.Default()
	}
	if cfg.Lang == "" {
		english := *cfg
		english.Lang = "en"
		cfg = &english
	}
	logw := opts.Log
	if logw == nil {
		logw = io.Discard
	}

	// The rules compile before any file is read, so that a configuration
	// naming an unknown rule fails at once rather than after parsing.
	eng, err := newEngine(ctx, cfg, opts.ExtraModules, logw)
	if err != nil {
		return nil, err
	}
	if err := cfg.CheckRuleIDs(KnownRuleIDs(eng)); err != nil {
		return nil, err
	}

	files, err := discoverAll(opts.Paths, cfg, logw, opts.Verbose)
	if err != nil {
		return nil, err
	}

	fileDone := progressCounter(opts.Progress, files)
	docs, findings := parseAll(ctx, files, parseOptions(cfg), maxStatements(cfg), cfg.EvidenceOverride, fileDone)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	result, err := eng.Evaluate(ctx, docs)
	if err != nil {
		return nil, fmt.Errorf("evaluating rules: %w", err)
	}

	evidenceFindings, err := evaluateEvidence(ctx, eng, docs, files, parseOptions(cfg))
	if err != nil {
		return nil, err
	}
	findings = append(findings, evidenceFindings...)

	for _, doc := range docs {
		findings = append(findings, problemFindings(doc)...)
	}
	findings = append(findings, languageFindings(docs)...)
	findings = append(findings, result.Findings...)
	findings = suppressFindings(findings, files, cfg, eng)
	findings = applyConfig(findings, cfg)

	r := buildReport(cfg, opts.Version, docs, files, findings, result.Supports)
	r.Rules = reportRules(append(eng.Rules(), problemEngineRules()...), cfg.Lang)

	if err := keepNewFindings(ctx, opts, r); err != nil {
		return nil, err
	}
	return r, nil
}

// discoverAll walks every path. It writes to logw the skipped entries
// marked as warnings, every skipped entry when verbose, and each path
// without a supported file when another path has some; when no path has
// one, the caller reports it with NoFilesMessage.
func discoverAll(paths []string, cfg *config.Config, logw io.Writer, verbose bool) ([]discover.File, error) {
	if len(paths) == 0 {
		paths = []string{"."}
	}

	var files []discover.File
	var empty []string
	for _, path := range paths {
		found, err := discover.Walk(path, discover.Options{
			Include: cfg.Include,
			Exclude: cfg.Exclude,
			Formats: dispatch.Suffixes(),
		})
		if err != nil {
			return nil, err
		}
		if info, statErr := os.Stat(path); statErr == nil && !info.IsDir() {
			for i := range found.Files {
				found.Files[i].Rel = NamedFileRel(path, cfg)
			}
		}
		for _, skipped := range found.Skipped {
			if skipped.Warn || verbose {
				fmt.Fprintf(logw, "skipped %s: %s\n", skipped.Path, skipped.Reason)
			}
		}
		if len(found.Files) == 0 {
			empty = append(empty, path)
		}
		files = append(files, found.Files...)
	}

	if len(files) > 0 {
		for _, path := range empty {
			fmt.Fprintln(logw, NoFilesMessage([]string{path}))
		}
	}
	return files, nil
}

// NoFilesMessage returns the message for paths that hold no file soc2lint
// reads, with the suffixes it reads.
func NoFilesMessage(paths []string) string {
	return fmt.Sprintf("no supported files under %s (supported: %s)",
		strings.Join(paths, ", "), discover.SuffixList(dispatch.Suffixes()))
}

// NamedFileRel returns the report path of a file named on the command line.
// Relative to the folder of the configuration file, or else to the current
// folder, files keep the paths that linting the whole folder gives them, so
// suppression globs match and two files from different folders stay
// distinct. A file outside both folders keeps its base name.
func NamedFileRel(path string, cfg *config.Config) string {
	var roots []string
	if cfg.Path != "" {
		roots = append(roots, filepath.Dir(cfg.Path))
	}
	roots = append(roots, ".")

	abs, err := filepath.Abs(path)
	if err == nil {
		for _, root := range roots {
			absRoot, rootErr := filepath.Abs(root)
			if rootErr != nil {
				continue
			}
			rel, relErr := filepath.Rel(absRoot, abs)
			if relErr == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				return filepath.ToSlash(rel)
			}
		}
	}
	return filepath.ToSlash(filepath.Base(path))
}

// parseOptions converts configured limits to parser options. Unset limits
// stay zero, so that each parser applies the default of its format.
func parseOptions(cfg *config.Config) parsers.Options {
	return parsers.Options{
		DateOrder:            dates.Order(cfg.DateOrder),
		MaxFileBytes:         cfg.Limits.MaxFileBytes,
		MaxDecompressedBytes: cfg.Limits.MaxDecompressedBytes,
		MaxRows:              cfg.Limits.MaxRows,
		Timeout:              time.Duration(cfg.Limits.TimeoutSeconds) * time.Second,
	}
}

// parseAll parses and annotates files in a worker pool, keeping input order.
// A file that cannot be parsed yields a parse-error finding instead of a
// document. fileDone is called after each file.
func parseAll(ctx context.Context, files []discover.File, opts parsers.Options, statementLimit int, overrideFor func(string) *evidence.Override, fileDone func()) ([]*model.Document, []finding.Finding) {
	docs := make([]*model.Document, len(files))
	failures := make([]*finding.Finding, len(files))

	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(len(files), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				file := files[i]
				override := overrideFor(file.Rel)
				doc, err := evidence.Parse(ctx, parsers.File{Path: file.Path, Rel: file.Rel}, file.Format, opts, override)
				if err != nil {
					f := parseErrorFinding(file.Rel, err)
					failures[i] = &f
					fileDone()
					continue
				}
				doc.File = file.Rel
				annotate.Document(doc)
				evidence.Apply(doc, override, opts.DateOrder)
				capStatements(doc, statementLimit)
				docs[i] = doc
				fileDone()
			}
		}()
	}
	for i := range files {
		if ctx.Err() != nil {
			break
		}
		jobs <- i
	}
	close(jobs)
	wg.Wait()

	var parsed []*model.Document
	var findings []finding.Finding
	for i := range files {
		if docs[i] != nil {
			parsed = append(parsed, docs[i])
		}
		if failures[i] != nil {
			findings = append(findings, *failures[i])
		}
	}
	return parsed, findings
}

// progressCounter passes the file count to notify and returns the
// function that parseAll calls after each file. With a nil notify it
// returns a function that does nothing and stats no file.
func progressCounter(notify func(Progress), files []discover.File) func() {
	if notify == nil {
		return func() {}
	}

	progress := Progress{Total: len(files)}
	for _, file := range files {
		if info, err := os.Stat(file.Path); err == nil {
			progress.LargestBytes = max(progress.LargestBytes, info.Size())
		}
	}
	notify(progress)

	var mu sync.Mutex
	return func() {
		mu.Lock()
		defer mu.Unlock()
		progress.Done++
		notify(progress)
	}
}

// DefaultMaxStatements bounds the statements of one document that rules
// see. The longest policies in the public template sets have a few thousand;
// a document past this limit is almost always an export of many documents,
// and evaluating rules on millions of statements would take many minutes and
// gigabytes of memory.
const DefaultMaxStatements = 50_000

func maxStatements(cfg *config.Config) int {
	if cfg.Limits.MaxStatements > 0 {
		return cfg.Limits.MaxStatements
	}
	return DefaultMaxStatements
}

// capStatements keeps the first limit statements of doc and records a
// problem saying what was left out, so the run stays bounded and the user
// knows the rest of the file was not checked.
func capStatements(doc *model.Document, limit int) {
	if len(doc.Statements) <= limit {
		return
	}

	dropped := doc.Statements[limit]
	doc.Problems = append(doc.Problems, model.Problem{
		Rule:     RuleDocumentTooLarge,
		Severity: finding.SeverityWarning,
		Message: fmt.Sprintf("the document has %d statements, more than limits.max_statements (%d): rules checked only the first %d, up to this point; split the file into separate policies or raise the limit",
			len(doc.Statements), limit, limit),
		Location: dropped.Location,
	})
	doc.Statements = doc.Statements[:limit:limit]
	doc.Text = ""
	for i := range doc.Sections {
		doc.Sections[i].Text = ""
	}
}

// evaluateEvidence runs the evidence rules on each recognized export, after
// Evaluate has derived the policy facts they read. An export that cannot be
// read again yields a parse-error finding; only a cancelled context stops
// the run.
func evaluateEvidence(ctx context.Context, eng *engine.Engine, docs []*model.Document, files []discover.File, opts parsers.Options) ([]finding.Finding, error) {
	paths := map[string]string{}
	for _, file := range files {
		paths[file.Rel] = file.Path
	}

	var findings []finding.Finding
	for _, doc := range docs {
		found, err := evidence.Evaluate(ctx, eng, doc, parsers.File{Path: paths[doc.File], Rel: doc.File}, opts, 0)
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if err != nil {
			findings = append(findings, parseErrorFinding(doc.File, err))
			continue
		}
		findings = append(findings, found...)
	}
	return findings, nil
}

// newEngine compiles the built-in and extra rules with the run context.
// The output of Rego print() calls goes to logw, with the diagnostics.
func newEngine(ctx context.Context, cfg *config.Config, extra map[string]*ast.Module, logw io.Writer) (*engine.Engine, error) {
	modules, err := rules.Modules(false)
	if err != nil {
		return nil, fmt.Errorf("loading built-in rules: %w", err)
	}
	for name, module := range extra {
		modules[name] = module
	}

	run := map[string]any{
		"as_of":        dates.Format(cfg.AsOfDate()),
		"organization": cfg.Organization,
		"scope": map[string]any{
			"categories": cfg.Scope.Categories,
			"audit_type": cfg.Scope.AuditType,
			"period":     map[string]any{"start": cfg.Scope.Period.Start, "end": cfg.Scope.Period.End},
		},
	}

	return engine.New(ctx, engine.Options{
		Modules:        modules,
		Run:            run,
		Criteria:       CriteriaData(),
		Categories:     cfg.Scope.Categories,
		Disabled:       cfg.Rules.Disable,
		Severity:       cfg.Rules.Severity,
		Timeout:        time.Duration(cfg.Limits.TimeoutSeconds) * time.Second,
		MaxMemoryBytes: cfg.Limits.MaxMemoryBytes,
		Print:          logw,
	})
}

// CriteriaData returns the criteria catalog as Rego data: an object keyed
// by criterion id with each criterion's category and title.
func CriteriaData() map[string]any {
	out := map[string]any{}
	for _, c := range criteria.All() {
		out[c.ID] = map[string]any{"category": c.Category, "title": c.Title}
	}
	return out
}

// applyConfig drops disabled rules, applies severity overrides to the
// parser-raised findings (the engine applies them to Rego rules) and sets
// the report language.
func applyConfig(findings []finding.Finding, cfg *config.Config) []finding.Finding {
	out := findings[:0]
	for _, f := range findings {
		if slices.Contains(cfg.Rules.Disable, f.RuleID) {
			continue
		}
		if severity, ok := cfg.Rules.Severity[f.RuleID]; ok {
			f.Severity = severity
		}
		f.Localize(cfg.Lang)
		out = append(out, f)
	}
	finding.Sort(out)
	return out
}
