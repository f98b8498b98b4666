package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/soc2lint/soc2lint/config"
	"github.com/soc2lint/soc2lint/finding"
	"github.com/soc2lint/soc2lint/i18n"
	"github.com/soc2lint/soc2lint/lint"
	"github.com/soc2lint/soc2lint/report"
)

// lintFlags are the options of `soc2lint lint`.
type lintFlags struct {
	format  string
	output  string
	config  string
	asOf    string
	failOn  string
	lang    string
	noColor bool
	quiet   bool
	verbose bool
	rules   []string

	// baseline and newFromRev narrow the report to new findings.
	baseline   string
	newFromRev string
}

const lintLong = `Lint policies and evidence under PATH (default: the current folder).

The configuration is read from --config, else from .soc2lint.yaml at the root
of the first PATH. The report goes to standard output, or to --output;
diagnostics go to standard error.

With --baseline or --new-from-rev only findings that the baseline does not
have are reported and counted; see docs/suppressions.md. Suppressed findings
stay in the JSON report but never count toward the exit code.

Exit codes:
  0  no finding at or above --fail-on
  1  at least one finding at or above --fail-on
  2  usage, configuration or internal error, or no supported file under
     PATH (the report is still written)`

func newLintCommand(stdout, stderr io.Writer) *cobra.Command {
	flags := &lintFlags{}

	cmd := &cobra.Command{
		Use:   "lint [PATH...]",
		Short: "Lint policies and evidence and report findings",
		Long:  lintLong,
		Example: `  soc2lint lint examples/policy-repo
  soc2lint lint --format json --as-of 2026-11-30 policies/ > report.json
  soc2lint lint --fail-on warning --config audit.soc2lint.yaml .
  soc2lint lint --new-from-rev origin/main policies/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runLint(cmd.Context(), args, flags, stdout, stderr)
		},
	}

	f := cmd.Flags()
	f.StringVar(&flags.format, "format", "text", "output format: "+strings.Join(report.Formats, ", "))
	f.StringVarP(&flags.output, "output", "o", "", "write the report to this file instead of standard output")
	f.StringVar(&flags.config, "config", "", "configuration file (default: .soc2lint.yaml in the first PATH)")
	f.StringVar(&flags.asOf, "as-of", "", "date that freshness checks use, YYYY-MM-DD (default: as_of in the config, else today)")
	f.StringVar(&flags.failOn, "fail-on", "error", "lowest severity that makes the exit code 1: error, warning, info or none")
	f.StringVar(&flags.lang, "lang", "", "language of messages: en or es (default: lang in the config, else the locale, else en)")
	f.BoolVar(&flags.noColor, "no-color", false, "never color the text output")
	f.BoolVarP(&flags.quiet, "quiet", "q", false, "print no diagnostics on standard error")
	f.BoolVarP(&flags.verbose, "verbose", "v", false, "also list the files skipped as unsupported, hidden or excluded on standard error")
	f.StringArrayVar(&flags.rules, "rules", nil, "folder or .rego file of custom rules, added to rules.paths in the config (repeatable)")
	f.StringVar(&flags.baseline, "baseline", "", "previous JSON report (--format json); report only findings it does not have")
	f.StringVar(&flags.newFromRev, "new-from-rev", "", "Git revision such as origin/main; report only findings the paths did not have at that revision")
	return cmd
}

func runLint(ctx context.Context, paths []string, flags *lintFlags, stdout, stderr io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()

	if err := validateLintFlags(flags, flagOrEnvLang(flags.lang)); err != nil {
		return err
	}
	paths, cfg, diagnostics, err := prepareRun(paths, runSettings{
		config: flags.config, asOf: flags.asOf, lang: flags.lang, quiet: flags.quiet,
	}, stderr)
	if err != nil {
		return err
	}

	custom, err := loadCustomRules(cfg, flags.rules)
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}

	onProgress, bar := lintProgress(stderr, flags.quiet, cfg.Lang)
	result, err := lint.Run(ctx, lint.Options{
		Progress:     onProgress,
		Paths:        paths,
		Config:       cfg,
		ExtraModules: custom,
		Version:      toolVersion(),
		Log:          diagnostics,
		Verbose:      flags.verbose,
		BaselineFile: flags.baseline,
		NewFromRev:   flags.newFromRev,
	})
	bar.Finish()
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}

	if err := writeReport(result, flags, stdout); err != nil {
		return &exitError{code: ExitError, err: err}
	}

	// No file at all almost always means a wrong path or include glob, so
	// the report is written but the run fails as a usage error.
	if len(result.Documents) == 0 {
		return usageError("%s; check the path and include/exclude, or run with --verbose to list the skipped files", lint.NoFilesMessage(paths))
	}

	if flags.failOn != "none" && hasFindingAtLeast(result, flags.failOn) {
		return &exitError{code: ExitFindings}
	}
	return nil
}

// validateLintFlags checks the flag values and words its errors in lang.
func validateLintFlags(flags *lintFlags, lang string) error {
	if !slices.Contains(report.Formats, flags.format) {
		return usageError("%s", i18n.Sprintf(lang, i18n.InvalidFormat, flags.format, strings.Join(report.Formats, ", ")))
	}
	if !slices.Contains([]string{"error", "warning", "info", "none"}, flags.failOn) {
		return usageError("%s", i18n.Sprintf(lang, i18n.InvalidFailOn, flags.failOn))
	}
	if flags.asOf != "" && !config.ValidDate(flags.asOf) {
		return usageError("%s", i18n.Sprintf(lang, i18n.InvalidAsOf, flags.asOf))
	}
	if flags.lang != "" && !i18n.Supported(flags.lang) {
		return usageError("%s", i18n.Sprintf(lang, i18n.InvalidLang, flags.lang))
	}
	if flags.baseline != "" && flags.newFromRev != "" {
		return usageError("%s", i18n.Text(lang, i18n.BaselineConflict))
	}
	return nil
}

// loadConfig reads --config, else .soc2lint.yaml in the first path when it
// is a folder, else the defaults. When the first path is a file, its folder
// and the folders above it up to the current folder are searched, nearest
// first, so that files named one by one, as a pre-commit hook names them,
// find the repository's configuration.
func loadConfig(explicit, firstPath string) (*config.Config, error) {
	if explicit != "" {
		return config.Load(explicit)
	}

	if info, err := os.Stat(firstPath); err == nil && !info.IsDir() {
		if path := findConfigAbove(filepath.Dir(firstPath)); path != "" {
			return config.Load(path)
		}
		return config.Default(), nil
	}
	if path := config.Find(firstPath); path != "" {
		return config.Load(path)
	}
	return config.Default(), nil
}

// findConfigAbove returns the nearest configuration file in dir or a parent
// of dir, stopping at the current folder. A dir outside the current folder
// is searched alone.
func findConfigAbove(dir string) string {
	cwd, cwdErr := os.Getwd()
	abs, absErr := filepath.Abs(dir)
	if cwdErr != nil || absErr != nil {
		return config.Find(dir)
	}

	for {
		if path := config.Find(abs); path != "" {
			return path
		}
		rel, err := filepath.Rel(cwd, abs)
		if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return ""
		}
		abs = filepath.Dir(abs)
	}
}

// writeReport writes to --output, or to stdout with color when stdout is a
// terminal.
func writeReport(r *report.Report, flags *lintFlags, stdout io.Writer) error {
	out := stdout
	var file *os.File
	if flags.output != "" {
		var err error
		file, err = os.Create(flags.output)
		if err != nil {
			return fmt.Errorf("%s: %w", i18n.Text(r.Lang, i18n.CreatingReportFile), err)
		}
		out = file
	}

	useColor := !flags.noColor && flags.output == "" && isTerminal(stdout) && os.Getenv("NO_COLOR") == ""
	writer, err := report.New(flags.format, useColor)
	if err != nil {
		return err
	}

	writeErr := writer.Write(out, r)
	if file != nil {
		writeErr = errors.Join(writeErr, file.Close())
	}
	return writeErr
}

func isTerminal(w io.Writer) bool {
	file, ok := w.(*os.File)
	return ok && term.IsTerminal(int(file.Fd()))
}

func hasFindingAtLeast(r *report.Report, threshold string) bool {
	for _, f := range r.Findings {
		if !f.Suppressed() && finding.AtLeast(f.Severity, threshold) {
			return true
		}
	}
	return false
}
