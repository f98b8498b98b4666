package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/open-policy-agent/opa/v1/bundle"
	"github.com/spf13/cobra"

	"github.com/soc2lint/soc2lint/criteria"
	"github.com/soc2lint/soc2lint/lint"
	"github.com/soc2lint/soc2lint/rulesbundle"
)

const bundleLong = `Write the built-in rules as an OPA bundle (a gzipped tar file): the Rego
modules, data.json with data.soc2lint.criteria and data.soc2lint.crosswalks,
and a .manifest with root soc2lint and rego_version 1.

Evaluate a document rule with OPA on the JSON that soc2lint inspect prints:

  soc2lint inspect --format json policies/access.md > access.json
  opa eval --bundle rules.tar.gz --data run.json --input access.json \
    'data.soc2lint.rules.access.mfa.deny'

run.json supplies data.soc2lint.run (as_of, organization, scope, facts),
which soc2lint computes for each run; docs/custom-rules.md shows its shape.`

func newRulesBundleCommand(stdout io.Writer) *cobra.Command {
	var output string

	cmd := &cobra.Command{
		Use:   "bundle --output FILE",
		Short: "Write the built-in rules and criteria data as an OPA bundle",
		Long:  bundleLong,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if output == "" {
				return usageError("missing --output: give the bundle file to write, such as rules.tar.gz, or - for standard output")
			}

			b, err := rulesbundle.Build(bundleData(), toolVersion())
			if err != nil {
				return &exitError{code: ExitError, err: err}
			}

			if output == "-" {
				if err := rulesbundle.Write(stdout, b); err != nil {
					return &exitError{code: ExitError, err: err}
				}
				return nil
			}
			if err := writeBundleFile(output, b); err != nil {
				return &exitError{code: ExitError, err: err}
			}
			return nil
		},
	}

	cmd.Flags().StringVarP(&output, "output", "o", "", "bundle file to write, such as rules.tar.gz; - writes to standard output")
	return cmd
}

// bundleData is the data.json of the bundle: the criteria catalog in the
// shape the engine stores at data.soc2lint.criteria, and the crosswalk of
// each framework (iso27001, nist-csf, gdpr) as a list of links.
func bundleData() map[string]any {
	crosswalks := map[string]any{}
	for _, framework := range criteria.Frameworks() {
		links, err := rulesbundle.JSONData(criteria.Crosswalk(framework))
		if err == nil {
			crosswalks[framework] = links
		}
	}

	return map[string]any{rulesbundle.Root: map[string]any{
		"criteria":   lint.CriteriaData(),
		"crosswalks": crosswalks,
	}}
}

// writeBundleFile writes the bundle next to path and renames it into place,
// so that a failed run leaves no partial bundle behind.
func writeBundleFile(path string, b *bundle.Bundle) error {
	file, err := os.CreateTemp(filepath.Dir(path), ".soc2lint-bundle-*")
	if err != nil {
		return fmt.Errorf("creating bundle file: %w", err)
	}

	writeErr := rulesbundle.Write(file, b)
	writeErr = errors.Join(writeErr, file.Close())
	if writeErr == nil {
		writeErr = os.Rename(file.Name(), path)
	}
	if writeErr != nil {
		os.Remove(file.Name())
		return fmt.Errorf("writing bundle %s: %w", path, writeErr)
	}
	return nil
}
