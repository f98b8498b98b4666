package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/soc2lint/soc2lint/annotate"
	"github.com/soc2lint/soc2lint/dates"
	"github.com/soc2lint/soc2lint/discover"
	"github.com/soc2lint/soc2lint/evidence"
	"github.com/soc2lint/soc2lint/lint"
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
			info, err := os.Stat(path)
			if err != nil {
				return usageError("cannot inspect %s: %v", path, err)
			}
			if info.IsDir() {
				return usageError("cannot inspect %s: it is a folder, and inspect takes one file; run `soc2lint lint %s` to check a folder", path, path)
			}
			fileFormat := discover.FormatOf(path, dispatch.Suffixes())
			if fileFormat == "" {
				return usageError("cannot inspect %s: unsupported file type (supported: %s)", path, discover.SuffixList(dispatch.Suffixes()))
			}

			cfg, err := loadConfig(configPath, path)
			if err != nil {
				return &exitError{code: ExitError, err: err}
			}

			opts := parsers.Options{DateOrder: dates.Order(cfg.DateOrder)}
			doc, err := dispatch.Parse(cmd.Context(), parsers.File{Path: path, Rel: lint.NamedFileRel(path, cfg)}, fileFormat, opts)
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
	cmd.Flags().StringVar(&configPath, "config", "", "configuration file, for date_order (default: the nearest .soc2lint.yaml in FILE's folder or above it, up to the current folder)")
	return cmd
}
