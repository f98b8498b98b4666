package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/soc2lint/soc2lint/annotate"
	"github.com/soc2lint/soc2lint/dates"
	"github.com/soc2lint/soc2lint/discover"
	"github.com/soc2lint/soc2lint/evidence"
	"github.com/soc2lint/soc2lint/parsers"
	"github.com/soc2lint/soc2lint/parsers/dispatch"
)

func newInspectCommand(stdout io.Writer) *cobra.Command {
	var format, configPath string

	cmd := &cobra.Command{
		Use:   "inspect FILE",
		Short: "Print the document model soc2lint builds from a file, which is the input of every rule",
		Long: `Print the document model soc2lint builds from FILE: metadata, sections,
statements with their obligation words, frequencies and deadlines, tables, and
for evidence exports the recognized type and column mapping. Use it to see why
a rule did or did not match, and as input for rules run in OPA directly.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "json" && format != "tree" {
				return usageError("invalid --format %q: use json or tree", format)
			}

			path := args[0]
			fileFormat := discover.FormatOf(path, dispatch.Suffixes())
			if fileFormat == "" {
				return usageError("cannot inspect %s: unsupported file type", path)
			}
			if _, err := os.Stat(path); err != nil {
				return usageError("cannot inspect %s: %v", path, err)
			}

			cfg, err := loadConfig(configPath, filepath.Dir(path))
			if err != nil {
				return &exitError{code: ExitError, err: err}
			}

			opts := parsers.Options{DateOrder: dates.Order(cfg.DateOrder)}
			doc, err := dispatch.Parse(cmd.Context(), parsers.File{Path: path, Rel: filepath.ToSlash(filepath.Base(path))}, fileFormat, opts)
			if err != nil {
				return &exitError{code: ExitError, err: fmt.Errorf("%s: %w", path, err)}
			}
			annotate.Document(doc)
			evidence.Apply(doc, cfg.EvidenceOverride(doc.File), opts.DateOrder)

			if format == "tree" {
				return writeTree(stdout, doc)
			}
			return writeJSON(stdout, doc)
		},
	}

	cmd.Flags().StringVar(&format, "format", "json", "output format: json or tree")
	cmd.Flags().StringVar(&configPath, "config", "", "configuration file, for date_order (default: .soc2lint.yaml beside FILE)")
	return cmd
}
