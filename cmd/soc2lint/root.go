package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/soc2lint/soc2lint/i18n"
)

// run executes the command line args and returns the exit code. Output goes
// to stdout and diagnostics to stderr, so tests can capture both.
func run(args []string, stdout, stderr io.Writer) int {
	root := newRootCommand(stdout, stderr)
	root.SetArgs(args)
	return exitCode(root.Execute(), stderr)
}

func newRootCommand(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "soc2lint",
		Short: "Lint SOC 2 policies and audit evidence against the Trust Services Criteria",
		Long: `soc2lint reads security policies (Markdown, PDF, Word) and evidence exports (CSV, XLSX),
evaluates them with embedded Rego rules against the AICPA Trust Services Criteria,
and reports what an auditor would find.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)

	// Flag mistakes are usage errors: exit code 2 with the usage hint.
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageError("%s", i18n.Sprintf(envLang(), i18n.FlagError, err, cmd.CommandPath()))
	})

	root.AddCommand(newLintCommand(stdout, stderr))
	root.AddCommand(newReportCommand(stdout, stderr))
	root.AddCommand(newRulesCommand(stdout))
	root.AddCommand(newCriteriaCommand(stdout))
	root.AddCommand(newMapCommand(stdout))
	root.AddCommand(newInspectCommand(stdout))
	root.AddCommand(newSampleCommand(stderr))
	root.AddCommand(newVersionCommand(stdout))
	root.AddCommand(newTestCommand(stdout))
	return root
}
