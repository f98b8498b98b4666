package main

import (
	"fmt"
	"io"
	"slices"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/soc2lint/soc2lint/criteria"
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/lint"
)

func newCriteriaCommand(stdout io.Writer) *cobra.Command {
	var format, lang string

	cmd := &cobra.Command{
		Use:   "criteria [ID]",
		Short: "List the Trust Services Criteria, or show one with its mappings, rules and evidence",
		Example: `  soc2lint criteria
  soc2lint criteria CC6.1
  soc2lint criteria --format json`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := validateListFormat(format); err != nil {
				return err
			}

			all, err := lint.AllRules(cmd.Context(), nil)
			if err != nil {
				return &exitError{code: ExitError, err: err}
			}

			entries := criteriaEntries(all, lang)
			if len(args) == 1 {
				c, ok := criteria.Lookup(args[0])
				if !ok {
					return usageError("unknown criterion %q: run soc2lint criteria for the list", args[0])
				}
				entry := entries[slices.IndexFunc(entries, func(e criterionEntry) bool { return e.ID == c.ID })]
				if format == "json" {
					return writeJSON(stdout, entry)
				}
				return writeCriterionText(stdout, entry)
			}

			if format == "json" {
				return writeJSON(stdout, entries)
			}
			return writeCriteriaText(stdout, entries)
		},
	}

	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	cmd.Flags().StringVar(&lang, "lang", "en", "language of titles and summaries: en or es")
	return cmd
}

// criterionEntry is one criterion as the criteria command shows it.
type criterionEntry struct {
	ID       string            `json:"id"`
	Category string            `json:"category"`
	Title    string            `json:"title"`
	Summary  string            `json:"summary"`
	Mappings criteria.Mappings `json:"mappings"`

	// Rules are the ids of the rules that check the criterion.
	Rules []string `json:"rules"`

	// EvidenceOnly is true when no rule checks the criterion or the catalog
	// marks it so, and the auditor tests it on evidence alone.
	EvidenceOnly bool `json:"evidence_only"`

	// EvidenceNote states, for a criterion the catalog marks evidence-only,
	// what the auditor tests instead of a policy statement.
	EvidenceNote string `json:"evidence_note,omitempty"`

	// Evidence lists the artifacts to prepare for the auditor.
	Evidence []string `json:"evidence"`
}

func criteriaEntries(all []engine.Rule, lang string) []criterionEntry {
	var entries []criterionEntry
	for _, c := range criteria.All() {
		entry := criterionEntry{
			ID: c.ID, Category: c.Category, Title: c.Title, Summary: c.Summary,
			Mappings: c.Mappings, Evidence: c.Evidence, Rules: []string{},
			EvidenceNote: c.EvidenceNote,
		}
		if lang == "es" {
			entry.Title, entry.Summary, entry.Evidence = c.TitleES, c.SummaryES, c.EvidenceES
			entry.EvidenceNote = c.EvidenceNoteES
		}
		for _, rule := range all {
			if slices.Contains(rule.Criteria, c.ID) {
				entry.Rules = append(entry.Rules, rule.ID)
			}
		}
		entry.EvidenceOnly = c.EvidenceOnly || len(entry.Rules) == 0
		entries = append(entries, entry)
	}
	return entries
}

func writeCriteriaText(w io.Writer, entries []criterionEntry) error {
	table := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(table, "ID\tCATEGORY\tRULES\tTITLE")
	for _, e := range entries {
		rules := fmt.Sprint(len(e.Rules))
		if e.EvidenceOnly {
			rules = "evidence only"
		}
		fmt.Fprintf(table, "%s\t%s\t%s\t%s\n", e.ID, e.Category, rules, e.Title)
	}
	return table.Flush()
}

func writeCriterionText(w io.Writer, e criterionEntry) error {
	_, err := fmt.Fprintf(w, "%s  %s (%s)\n\n%s\n\nISO/IEC 27001:2022: %s\nNIST CSF 2.0:       %s\nGDPR:               %s\n\nRules: %s\n",
		e.ID, e.Title, e.Category, e.Summary,
		orNone(e.Mappings.ISO27001), orNone(e.Mappings.NISTCSF), orNone(e.Mappings.GDPR),
		orNone(e.Rules))
	if err != nil {
		return err
	}
	if e.EvidenceNote != "" {
		fmt.Fprintf(w, "%s\n", e.EvidenceNote)
	} else if e.EvidenceOnly {
		fmt.Fprintln(w, "No rule checks this criterion: the auditor tests it on evidence.")
	}
	fmt.Fprintln(w, "\nEvidence to prepare:")
	for _, item := range e.Evidence {
		fmt.Fprintf(w, "  - %s\n", item)
	}
	return nil
}
