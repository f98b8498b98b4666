// Command soc2lint-summary writes the GitHub Actions step summary and step
// outputs of a soc2lint run from its JSON report. action/run.sh calls it
// after `soc2lint lint --format json`; it runs anywhere, with files in
// place of the GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files of a runner.
//
// Exit codes: 0 when both files are written, 2 on a usage error or a report
// that cannot be read.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

// run parses args, writes the requested files and returns the exit code.
func run(args []string, stderr io.Writer) int {
	flags := flag.NewFlagSet("soc2lint-summary", flag.ContinueOnError)
	flags.SetOutput(stderr)
	reportPath := flags.String("report", "", "JSON report of `soc2lint lint --format json`; without it the summary says the run failed")
	summaryPath := flags.String("summary", "", "Markdown file to append the summary to, such as $GITHUB_STEP_SUMMARY (default: standard output)")
	outputPath := flags.String("github-output", "", "file to append step outputs to as key=value lines, such as $GITHUB_OUTPUT")
	failOn := flags.String("fail-on", "error", "the --fail-on severity of the run: error, warning, info or none")
	exitCode := flags.Int("exit-code", 0, "exit code of the soc2lint run")
	lang := flags.String("lang", "", "language of the summary: en or es (default: the report's language)")
	top := flags.Int("top", defaultTop, "number of findings to list")
	if err := flags.Parse(args); err != nil {
		return 2
	}

	if err := write(options{
		report:   *reportPath,
		summary:  *summaryPath,
		output:   *outputPath,
		failOn:   *failOn,
		exitCode: *exitCode,
		lang:     *lang,
		top:      *top,
	}); err != nil {
		fmt.Fprintf(stderr, "soc2lint-summary: %v\n", err)
		return 2
	}
	return 0
}

// options are the command's flags.
type options struct {
	report, summary, output string
	failOn                  string
	exitCode                int
	lang                    string
	top                     int
}

// write appends the summary and the outputs.
func write(opts options) error {
	var r *reportData
	if opts.report != "" {
		var err error
		r, err = readReport(opts.report)
		if err != nil {
			return err
		}
	}

	summary, err := openAppend(opts.summary, os.Stdout)
	if err != nil {
		return err
	}
	writeErr := writeSummary(summary, r, summaryOptions{
		FailOn: opts.failOn, ExitCode: opts.exitCode, Lang: opts.lang, Top: opts.top,
	})
	if summary != os.Stdout {
		writeErr = errors.Join(writeErr, summary.Close())
	}
	if writeErr != nil {
		return fmt.Errorf("writing summary %s: %w", opts.summary, writeErr)
	}

	if opts.output == "" || r == nil {
		return nil
	}
	output, err := openAppend(opts.output, nil)
	if err != nil {
		return err
	}
	writeErr = errors.Join(writeOutputs(output, r), output.Close())
	if writeErr != nil {
		return fmt.Errorf("writing outputs %s: %w", opts.output, writeErr)
	}
	return nil
}

// openAppend opens path for appending, or returns fallback when path is "".
func openAppend(path string, fallback *os.File) (*os.File, error) {
	if path == "" {
		return fallback, nil
	}
	file, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	return file, nil
}
