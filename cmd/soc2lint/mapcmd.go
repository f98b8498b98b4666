package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/soc2lint/soc2lint/criteria"
)

// frameworkFlags maps the names accepted by --to and --from to the criteria
// package's framework names.
var frameworkFlags = map[string]string{
	"iso27001": criteria.FrameworkISO27001,
	"nist-csf": criteria.FrameworkNISTCSF,
	"gdpr":     criteria.FrameworkGDPR,
}

func newMapCommand(stdout io.Writer) *cobra.Command {
	var to, from, format string

	cmd := &cobra.Command{
		Use:   "map ID",
		Short: "Map a criterion to ISO 27001, NIST CSF 2.0 or GDPR, or a control of those back to the criteria",
		Example: `  soc2lint map CC6.1 --to iso27001
  soc2lint map CC6.1 --to nist-csf
  soc2lint map A.5.15 --from iso27001
  soc2lint map "Art. 33" --from gdpr`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := validateListFormat(format); err != nil {
				return err
			}
			if (to == "") == (from == "") {
				return usageError("give exactly one of --to or --from (iso27001, nist-csf or gdpr)")
			}

			id := args[0]
			if to != "" {
				return mapTo(stdout, id, to, format)
			}
			return mapFrom(stdout, id, from, format)
		},
	}

	cmd.Flags().StringVar(&to, "to", "", "map a criterion to this framework: iso27001, nist-csf or gdpr")
	cmd.Flags().StringVar(&from, "from", "", "map an id of this framework back to criteria: iso27001, nist-csf or gdpr")
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	return cmd
}

func frameworkName(flag string) (string, error) {
	name, ok := frameworkFlags[flag]
	if !ok {
		return "", usageError("unknown framework %q: use iso27001, nist-csf or gdpr", flag)
	}
	return name, nil
}

func mapTo(w io.Writer, id, to, format string) error {
	framework, err := frameworkName(to)
	if err != nil {
		return err
	}
	c, ok := criteria.Lookup(id)
	if !ok {
		return usageError("unknown criterion %q: run soc2lint criteria for the list", id)
	}

	var targets []string
	switch framework {
	case criteria.FrameworkISO27001:
		targets = c.Mappings.ISO27001
	case criteria.FrameworkNISTCSF:
		targets = c.Mappings.NISTCSF
	case criteria.FrameworkGDPR:
		targets = c.Mappings.GDPR
	}

	return writeMapping(w, format, c.ID, to, titled(framework, targets))
}

func mapFrom(w io.Writer, id, from, format string) error {
	framework, err := frameworkName(from)
	if err != nil {
		return err
	}

	ids := criteria.MappedFrom(framework, id)
	if len(ids) == 0 && !knownID(framework, id) {
		return usageError("%q is not a known %s id", id, from)
	}

	var targets []mappedID
	for _, criterionID := range ids {
		c, _ := criteria.Lookup(criterionID)
		targets = append(targets, mappedID{ID: c.ID, Title: c.Title})
	}
	return writeMapping(w, format, id, "soc2", targets)
}

// mappedID is one target of a mapping with its title.
type mappedID struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

func titled(framework string, ids []string) []mappedID {
	titles := map[string]string{}
	for _, entry := range frameworkEntries(framework) {
		titles[entry.ID] = entry.Title
	}
	out := make([]mappedID, 0, len(ids))
	for _, id := range ids {
		out = append(out, mappedID{ID: id, Title: titles[id]})
	}
	return out
}

func frameworkEntries(framework string) []criteria.Entry {
	switch framework {
	case criteria.FrameworkISO27001:
		return append(criteria.ISO27001Controls(), criteria.ISO27001Clauses()...)
	case criteria.FrameworkNISTCSF:
		return criteria.NISTCSFSubcategories()
	case criteria.FrameworkGDPR:
		return criteria.GDPRArticles()
	}
	return nil
}

func knownID(framework, id string) bool {
	return slices.ContainsFunc(frameworkEntries(framework), func(e criteria.Entry) bool {
		return strings.EqualFold(e.ID, strings.TrimSpace(id))
	})
}

func writeMapping(w io.Writer, format, from, to string, targets []mappedID) error {
	if targets == nil {
		targets = []mappedID{}
	}
	if format == "json" {
		return writeJSON(w, map[string]any{"id": from, "to": to, "mappings": targets})
	}
	if len(targets) == 0 {
		_, err := fmt.Fprintf(w, "%s: no %s mapping\n", from, to)
		return err
	}
	for _, target := range targets {
		if _, err := fmt.Fprintf(w, "%s\t%s\n", target.ID, target.Title); err != nil {
			return err
		}
	}
	return nil
}
