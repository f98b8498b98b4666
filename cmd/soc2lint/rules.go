package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/lint"
)

func newRulesCommand(stdout io.Writer) *cobra.Command {
	var format, lang string

	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List every rule with its id, criteria, severity and title",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := validateListFormat(format); err != nil {
				return err
			}

			all, err := lint.AllRules(cmd.Context(), nil)
			if err != nil {
				return &exitError{code: ExitError, err: err}
			}

			if format == "json" {
				return writeJSON(stdout, rulesJSON(all, lang))
			}
			return writeRulesText(stdout, all, lang)
		},
	}

	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	cmd.Flags().StringVar(&lang, "lang", "en", "language of titles: en or es")
	cmd.AddCommand(newRulesBundleCommand(stdout))
	return cmd
}

func rulesJSON(all []engine.Rule, lang string) []map[string]any {
	out := make([]map[string]any, 0, len(all))
	for _, rule := range all {
		remediation := rule.Remediations[lang]
		if remediation == "" {
			remediation = rule.Remediations["en"]
		}
		out = append(out, map[string]any{
			"id":          rule.ID,
			"title":       rule.TitleIn(lang),
			"description": rule.Description,
			"scope":       rule.Scope,
			"criteria":    rule.Criteria,
			"severity":    rule.Severity,
			"remediation": remediation,
			"mappings":    rule.Mappings,
			"builtin":     rule.Builtin,
		})
	}
	return out
}

func writeRulesText(w io.Writer, all []engine.Rule, lang string) error {
	table := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(table, "ID\tCRITERIA\tSEVERITY\tTITLE")
	for _, rule := range all {
		fmt.Fprintf(table, "%s\t%s\t%s\t%s\n", rule.ID, criteriaColumn(rule.Criteria), rule.Severity, rule.TitleIn(lang))
	}
	return table.Flush()
}

// maxCriteriaShown bounds the criteria listed per rule in the text table;
// corpus rules cover dozens, and --format json lists them all.
const maxCriteriaShown = 4

// criteriaColumn joins up to maxCriteriaShown ids and counts the rest.
func criteriaColumn(ids []string) string {
	if len(ids) <= maxCriteriaShown {
		return strings.Join(ids, ",")
	}
	return fmt.Sprintf("%s,…+%d", strings.Join(ids[:maxCriteriaShown], ","), len(ids)-maxCriteriaShown)
}
