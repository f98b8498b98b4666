package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/soc2lint/soc2lint/config"
	"github.com/soc2lint/soc2lint/lint"
	"github.com/soc2lint/soc2lint/report"
)

// reportFlags are the options of `soc2lint report`.
type reportFlags struct {
	format  string
	output  string
	config  string
	asOf    string
	lang    string
	quiet   bool
	verbose bool
}

const reportLong = `Write a pre-audit readiness report for the policies and evidence under PATH
(default: the current folder), for management and the auditor.

The report runs the same checks as lint and shows the scope, a readiness score
per in-scope category with how it is computed, charts of coverage and of
findings by severity, every in-scope criterion with its documents, findings and
ISO 27001 / NIST CSF / GDPR mappings, evidence gaps for a Type II period, and a
remediation plan ordered by priority.

--format html writes one self-contained page (inline styles and SVG charts, no
network access, prints on A4 or Letter); --format markdown writes the same
content as GitHub-flavored Markdown. When --format is not given, an --output
name ending in .md or .markdown selects markdown.

Exit codes:
  0  the report was written, whatever it contains
  2  usage, configuration or internal error`

func newReportCommand(stdout, stderr io.Writer) *cobra.Command {
	flags := &reportFlags{}

	cmd := &cobra.Command{
		Use:   "report [PATH...]",
		Short: "Write a readiness report (HTML or Markdown) for management and the auditor",
		Long:  reportLong,
		Example: `  soc2lint report examples/policy-repo --output report.html
  soc2lint report --lang es --as-of 2026-11-30 --output informe.html policies/
  soc2lint report --format markdown . > READINESS.md`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !cmd.Flags().Changed("format") {
				flags.format = formatFromOutput(flags.output)
			}
			return runReport(cmd.Context(), args, flags, stdout, stderr)
		},
	}

	f := cmd.Flags()
	f.StringVar(&flags.format, "format", "html", "report format: "+strings.Join(report.ReadinessFormats, ", "))
	f.StringVarP(&flags.output, "output", "o", "", "write the report to this file instead of standard output")
	f.StringVar(&flags.config, "config", "", "configuration file (default: .soc2lint.yaml in the first PATH)")
	f.StringVar(&flags.asOf, "as-of", "", "date that freshness checks and the report use, YYYY-MM-DD (default: as_of in the config, else today)")
	f.StringVar(&flags.lang, "lang", "", "language of the report: en or es (default: lang in the config, else the locale, else en)")
	f.BoolVarP(&flags.quiet, "quiet", "q", false, "print no diagnostics on standard error")
	f.BoolVarP(&flags.verbose, "verbose", "v", false, "list skipped files on standard error")
	return cmd
}

// formatFromOutput picks markdown for an output file named *.md or
// *.markdown, and html otherwise.
func formatFromOutput(output string) string {
	switch strings.ToLower(filepath.Ext(output)) {
	case ".md", ".markdown":
		return "markdown"
	}
	return "html"
}

func runReport(ctx context.Context, paths []string, flags *reportFlags, stdout, stderr io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt)
	defer stop()

	if err := validateReportFlags(flags); err != nil {
		return err
	}
	paths, cfg, diagnostics, err := prepareRun(paths, runSettings{
		config: flags.config, asOf: flags.asOf, lang: flags.lang, quiet: flags.quiet,
	}, stderr)
	if err != nil {
		return err
	}

	// The report covers the same rules as lint, custom rules from
	// rules.paths included.
	custom, err := loadCustomRules(cfg, nil)
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}

	result, err := lint.Run(ctx, lint.Options{
		Paths:        paths,
		Config:       cfg,
		ExtraModules: custom,
		Version:      toolVersion(),
		Log:          diagnostics,
		Verbose:      flags.verbose,
	})
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}

	if err := writeReadiness(result, flags, stdout); err != nil {
		return &exitError{code: ExitError, err: err}
	}
	if flags.output != "" {
		fmt.Fprintf(diagnostics, "wrote %s report to %s\n", flags.format, flags.output)
	}
	return nil
}

func validateReportFlags(flags *reportFlags) error {
	if !slices.Contains(report.ReadinessFormats, flags.format) {
		return usageError("invalid --format %q: use %s", flags.format, strings.Join(report.ReadinessFormats, ", "))
	}
	if flags.asOf != "" && !config.ValidDate(flags.asOf) {
		return usageError("invalid --as-of %q: write the date as YYYY-MM-DD", flags.asOf)
	}
	if flags.lang != "" && flags.lang != "en" && flags.lang != "es" {
		return usageError("invalid --lang %q: use en or es", flags.lang)
	}
	return nil
}

// writeReadiness renders the whole report in memory first, so a rendering
// error leaves no half-written file behind.
func writeReadiness(r *report.Report, flags *reportFlags, stdout io.Writer) error {
	writer, err := report.NewReadiness(flags.format)
	if err != nil {
		return err
	}

	var buf bytes.Buffer
	if err := writer.Write(&buf, r); err != nil {
		return err
	}

	if flags.output == "" {
		_, err := stdout.Write(buf.Bytes())
		return err
	}
	if err := os.WriteFile(flags.output, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing report file: %w", err)
	}
	return nil
}
