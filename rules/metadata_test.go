package rules

import (
	"context"
	"slices"
	"testing"

	"github.com/soc2lint/soc2lint/criteria"
	"github.com/soc2lint/soc2lint/engine"
)

// TestBuiltinRuleMetadata compiles the embedded rules with the engine and
// checks each rule's METADATA: known criteria, mapping ids that exist in
// their framework, and English and Spanish text.
func TestBuiltinRuleMetadata(t *testing.T) {
	modules, err := Modules(false)
	if err != nil {
		t.Fatal(err)
	}

	e, err := engine.New(context.Background(), engine.Options{
		Modules:    modules,
		Run:        map[string]any{"as_of": "2026-11-30", "scope": map[string]any{"categories": criteria.Categories()}},
		Categories: criteria.Categories(),
	})
	if err != nil {
		t.Fatalf("compiling the built-in rules: %v", err)
	}

	iso := ids(criteria.ISO27001Controls())
	csf := ids(criteria.NISTCSFSubcategories())
	gdpr := ids(criteria.GDPRArticles())

	rules := e.Rules()
	if len(rules) == 0 {
		t.Fatal("no built-in rules found")
	}

	for _, rule := range rules {
		t.Run(rule.ID, func(t *testing.T) {
			if rule.Description == "" {
				t.Error("METADATA description is missing")
			}
			if rule.Titles["es"] == "" {
				t.Error("METADATA custom.title_es is missing")
			}
			if rule.Remediations["en"] == "" || rule.Remediations["es"] == "" {
				t.Errorf("remediation must have en and es text, got %v", rule.Remediations)
			}
			for _, id := range rule.Criteria {
				if !criteria.Valid(id) {
					t.Errorf("unknown criterion %s", id)
				}
			}
			if len(rule.Mappings.ISO27001) == 0 || len(rule.Mappings.NISTCSF) == 0 {
				t.Errorf("mappings need at least one ISO 27001 and one NIST CSF id, got %+v", rule.Mappings)
			}
			for _, id := range rule.Mappings.ISO27001 {
				if !slices.Contains(iso, id) {
					t.Errorf("unknown ISO 27001 Annex A control %s", id)
				}
			}
			for _, id := range rule.Mappings.NISTCSF {
				if !slices.Contains(csf, id) {
					t.Errorf("unknown NIST CSF 2.0 subcategory %s", id)
				}
			}
			for _, id := range rule.Mappings.GDPR {
				if !slices.Contains(gdpr, id) {
					t.Errorf("unknown GDPR article %s", id)
				}
			}
		})
	}
}

func ids(entries []criteria.Entry) []string {
	out := make([]string, len(entries))
	for i, entry := range entries {
		out[i] = entry.ID
	}
	return out
}
