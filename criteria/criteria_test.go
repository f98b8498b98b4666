package criteria

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// expectedCriterionIDs lists the 61 Trust Services Criteria ids in catalog
// order, built from each series and its number of criteria.
func expectedCriterionIDs() []string {
	series := []struct {
		name  string
		count int
	}{
		{"CC1", 5}, {"CC2", 3}, {"CC3", 4}, {"CC4", 2}, {"CC5", 3}, {"CC6", 8}, {"CC7", 5}, {"CC8", 1}, {"CC9", 2},
		{"A1", 3}, {"C1", 2}, {"PI1", 5},
		{"P1", 1}, {"P2", 1}, {"P3", 2}, {"P4", 3}, {"P5", 2}, {"P6", 7}, {"P7", 1}, {"P8", 1},
	}

	var ids []string
	for _, s := range series {
		for n := 1; n <= s.count; n++ {
			ids = append(ids, fmt.Sprintf("%s.%d", s.name, n))
		}
	}

	return ids
}

func TestAllCount(t *testing.T) {
	if got := len(All()); got != 61 {
		t.Errorf("len(All()) = %d, want 61", got)
	}
}

func TestAllIDsInCatalogOrder(t *testing.T) {
	var got []string
	for _, c := range All() {
		got = append(got, c.ID)
	}

	want := expectedCriterionIDs()
	if !slices.Equal(got, want) {
		t.Errorf("criterion ids:\n got %v\nwant %v", got, want)
	}
}

func TestAllNoDuplicateIDs(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range All() {
		if seen[c.ID] {
			t.Errorf("criterion %s appears twice", c.ID)
		}
		seen[c.ID] = true
	}
}

func TestAllTextsInBothLanguages(t *testing.T) {
	for _, c := range All() {
		t.Run(c.ID, func(t *testing.T) {
			texts := map[string]string{"title": c.Title, "title_es": c.TitleES, "summary": c.Summary, "summary_es": c.SummaryES}
			for key, text := range texts {
				if strings.TrimSpace(text) == "" {
					t.Errorf("%s is empty", key)
				}
			}

			if c.Title == c.TitleES {
				t.Errorf("title_es %q repeats the English title", c.TitleES)
			}
			if c.Summary == c.SummaryES {
				t.Errorf("summary_es repeats the English summary")
			}

			if len(c.Evidence) == 0 {
				t.Errorf("evidence is empty")
			}
			if len(c.EvidenceES) != len(c.Evidence) {
				t.Errorf("evidence_es has %d items, evidence has %d", len(c.EvidenceES), len(c.Evidence))
			}
		})
	}
}

func TestAllSummariesAreSentences(t *testing.T) {
	for _, c := range All() {
		for _, summary := range []string{c.Summary, c.SummaryES} {
			if !strings.HasSuffix(summary, ".") {
				t.Errorf("%s: summary %q does not end with a period", c.ID, summary)
			}
			if strings.Contains(summary, "\n") {
				t.Errorf("%s: summary %q contains a line break", c.ID, summary)
			}
		}
	}
}

func TestAllSeriesAndCategory(t *testing.T) {
	categoryByPrefix := map[string]string{
		"CC": CategorySecurity, "A": CategoryAvailability, "C": CategoryConfidentiality,
		"PI": CategoryProcessingIntegrity, "P": CategoryPrivacy,
	}

	for _, c := range All() {
		series, _, _ := strings.Cut(c.ID, ".")
		if c.Series != series {
			t.Errorf("%s: series %q, want %q", c.ID, c.Series, series)
		}

		want := categoryByPrefix[strings.TrimRight(series, "0123456789")]
		if c.Category != want {
			t.Errorf("%s: category %q, want %q", c.ID, c.Category, want)
		}
	}
}

func TestCategoriesOrder(t *testing.T) {
	want := []string{"security", "availability", "confidentiality", "processing_integrity", "privacy"}
	if got := Categories(); !slices.Equal(got, want) {
		t.Errorf("Categories() = %v, want %v", got, want)
	}
}

func TestCategoriesCountPerCategory(t *testing.T) {
	want := map[string]int{
		CategorySecurity: 33, CategoryAvailability: 3, CategoryConfidentiality: 2,
		CategoryProcessingIntegrity: 5, CategoryPrivacy: 18,
	}

	got := map[string]int{}
	for _, c := range All() {
		got[c.Category]++
	}

	for category, n := range want {
		if got[category] != n {
			t.Errorf("category %s has %d criteria, want %d", category, got[category], n)
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name   string
		id     string
		wantID string
		found  bool
	}{
		{"exact", "CC6.1", "CC6.1", true},
		{"lower case", "cc6.1", "CC6.1", true},
		{"surrounding space", "  PI1.3\t", "PI1.3", true},
		{"privacy", "P6.7", "P6.7", true},
		{"unknown number", "CC6.9", "", false},
		{"unknown series", "CC10.1", "", false},
		{"empty", "", "", false},
		{"point of focus", "CC6.1.3", "", false},
	}

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, ok := Lookup(tt.id)
			if ok != tt.found {
				t.Fatalf("Lookup(%q) found = %v, want %v", tt.id, ok, tt.found)
			}
			if c.ID != tt.wantID {
				t.Errorf("Lookup(%q).ID = %q, want %q", tt.id, c.ID, tt.wantID)
			}
			if Valid(tt.id) != tt.found {
				t.Errorf("Valid(%q) = %v, want %v", tt.id, !tt.found, tt.found)
			}
		})
	}
}

func TestCategoryOf(t *testing.T) {
	tests := map[string]string{
		"CC1.1": CategorySecurity,
		"A1.2":  CategoryAvailability,
		"c1.2":  CategoryConfidentiality,
		"PI1.5": CategoryProcessingIntegrity,
		"P8.1":  CategoryPrivacy,
		"X1.1":  "",
		"":      "",
	}

	for id, want := range tests {
		if got := CategoryOf(id); got != want {
			t.Errorf("CategoryOf(%q) = %q, want %q", id, got, want)
		}
	}
}

func TestLookupReturnsCopy(t *testing.T) {
	c, _ := Lookup("CC8.1")
	c.Evidence[0] = "changed"
	c.Mappings.ISO27001[0] = "changed"

	again, _ := Lookup("CC8.1")
	if again.Evidence[0] == "changed" {
		t.Error("changing a looked-up criterion's evidence changed the catalog")
	}
	if again.Mappings.ISO27001[0] == "changed" {
		t.Error("changing a looked-up criterion's mappings changed the catalog")
	}
}

func TestAllReturnsCopy(t *testing.T) {
	all := All()
	all[0].Title = "changed"
	all[0].EvidenceES[0] = "changed"

	again := All()
	if again[0].Title == "changed" || again[0].EvidenceES[0] == "changed" {
		t.Error("changing the result of All changed the catalog")
	}
}
