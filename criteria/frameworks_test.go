package criteria

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// expectedAnnexA lists A.5.1 to A.5.37, A.6.1 to A.6.8, A.7.1 to A.7.14 and
// A.8.1 to A.8.34.
func expectedAnnexA() []string {
	var ids []string
	for theme, count := range map[int]int{5: 37, 6: 8, 7: 14, 8: 34} {
		for n := 1; n <= count; n++ {
			ids = append(ids, fmt.Sprintf("A.%d.%d", theme, n))
		}
	}
	slices.Sort(ids)

	return ids
}

// expectedCSF lists the 106 NIST CSF 2.0 subcategories by category and number.
func expectedCSF() []string {
	numbers := func(from, to int) []int {
		var out []int
		for n := from; n <= to; n++ {
			out = append(out, n)
		}
		return out
	}

	categories := []struct {
		name    string
		numbers []int
	}{
		{"GV.OC", numbers(1, 5)}, {"GV.RM", numbers(1, 7)}, {"GV.RR", numbers(1, 4)},
		{"GV.PO", numbers(1, 2)}, {"GV.OV", numbers(1, 3)}, {"GV.SC", numbers(1, 10)},
		{"ID.AM", []int{1, 2, 3, 4, 5, 7, 8}}, {"ID.RA", numbers(1, 10)}, {"ID.IM", numbers(1, 4)},
		{"PR.AA", numbers(1, 6)}, {"PR.AT", numbers(1, 2)}, {"PR.DS", []int{1, 2, 10, 11}},
		{"PR.PS", numbers(1, 6)}, {"PR.IR", numbers(1, 4)},
		{"DE.CM", []int{1, 2, 3, 6, 9}}, {"DE.AE", []int{2, 3, 4, 6, 7, 8}},
		{"RS.MA", numbers(1, 5)}, {"RS.AN", []int{3, 6, 7, 8}}, {"RS.CO", []int{2, 3}}, {"RS.MI", numbers(1, 2)},
		{"RC.RP", numbers(1, 6)}, {"RC.CO", []int{3, 4}},
	}

	var ids []string
	for _, c := range categories {
		for _, n := range c.numbers {
			ids = append(ids, fmt.Sprintf("%s-%02d", c.name, n))
		}
	}

	return ids
}

func entryIDs(entries []Entry) []string {
	var ids []string
	for _, e := range entries {
		ids = append(ids, e.ID)
	}

	return ids
}

func TestISO27001ControlsExactly93(t *testing.T) {
	controls := ISO27001Controls()
	if len(controls) != 93 {
		t.Errorf("len(ISO27001Controls()) = %d, want 93", len(controls))
	}

	got := entryIDs(controls)
	slices.Sort(got)
	if want := expectedAnnexA(); !slices.Equal(got, want) {
		t.Errorf("Annex A ids:\n got %v\nwant %v", got, want)
	}
}

func TestISO27001ControlsInNumberingOrder(t *testing.T) {
	controls := ISO27001Controls()
	if controls[0].ID != "A.5.1" || controls[36].ID != "A.5.37" || controls[37].ID != "A.6.1" || controls[92].ID != "A.8.34" {
		t.Errorf("controls out of order: first %s, 37th %s, 38th %s, last %s",
			controls[0].ID, controls[36].ID, controls[37].ID, controls[92].ID)
	}
}

func TestISO27001ClausesCoverFourToTen(t *testing.T) {
	clauses := entryIDs(ISO27001Clauses())
	for _, id := range []string{"4.1", "5.2", "6.1.2", "6.1.3", "7.5.1", "9.2.1", "9.3.3", "10.2"} {
		if !slices.Contains(clauses, id) {
			t.Errorf("clause %s is missing from ISO27001Clauses()", id)
		}
	}
}

func TestNISTCSFSubcategoriesExactly106(t *testing.T) {
	got := entryIDs(NISTCSFSubcategories())
	if len(got) != 106 {
		t.Errorf("len(NISTCSFSubcategories()) = %d, want 106", len(got))
	}

	if want := expectedCSF(); !slices.Equal(got, want) {
		t.Errorf("CSF subcategory ids:\n got %v\nwant %v", got, want)
	}
}

func TestFrameworkEntriesHaveTitles(t *testing.T) {
	lists := map[string][]Entry{
		"iso controls": ISO27001Controls(), "iso clauses": ISO27001Clauses(),
		"nist csf": NISTCSFSubcategories(), "gdpr": GDPRArticles(),
	}

	for name, entries := range lists {
		for _, e := range entries {
			if strings.TrimSpace(e.Title) == "" {
				t.Errorf("%s: %s has no title", name, e.ID)
			}
		}
	}
}

func TestGDPRArticlesByNumber(t *testing.T) {
	previous := 0
	for _, e := range GDPRArticles() {
		var n int
		if _, err := fmt.Sscanf(e.ID, "Art. %d", &n); err != nil {
			t.Fatalf("GDPR id %q is not of the form \"Art. N\": %v", e.ID, err)
		}
		if n <= previous || n > 99 {
			t.Errorf("GDPR article %d follows %d; want increasing numbers up to 99", n, previous)
		}
		previous = n
	}
}

func TestMappingIDsExistInFrameworks(t *testing.T) {
	iso := append(entryIDs(ISO27001Clauses()), entryIDs(ISO27001Controls())...)
	csf := entryIDs(NISTCSFSubcategories())
	gdpr := entryIDs(GDPRArticles())

	for _, c := range All() {
		for _, id := range c.Mappings.ISO27001 {
			if !slices.Contains(iso, id) {
				t.Errorf("%s maps to unknown ISO/IEC 27001 id %s", c.ID, id)
			}
		}
		for _, id := range c.Mappings.NISTCSF {
			if !slices.Contains(csf, id) {
				t.Errorf("%s maps to unknown CSF subcategory %s", c.ID, id)
			}
		}
		for _, id := range c.Mappings.GDPR {
			if !slices.Contains(gdpr, id) {
				t.Errorf("%s maps to unknown GDPR article %s", c.ID, id)
			}
		}
	}
}

func TestEveryCriterionMapsToAnnexAAndCSF(t *testing.T) {
	for _, c := range All() {
		if !slices.ContainsFunc(c.Mappings.ISO27001, func(id string) bool { return strings.HasPrefix(id, "A.") }) {
			t.Errorf("%s has no Annex A control: %v", c.ID, c.Mappings.ISO27001)
		}
		if len(c.Mappings.NISTCSF) == 0 {
			t.Errorf("%s has no NIST CSF subcategory", c.ID)
		}
		if c.Category == CategoryPrivacy && len(c.Mappings.GDPR) == 0 {
			t.Errorf("privacy criterion %s has no GDPR article", c.ID)
		}
	}
}

func TestMappingsAreFocused(t *testing.T) {
	// Published ISO rows are kept whole, so only derived rows are capped.
	const maxDerived = 6

	for _, framework := range Frameworks() {
		derived := map[string]int{}
		for _, l := range Crosswalk(framework) {
			if l.Source == SourceDerived {
				derived[l.Criterion]++
			}
		}

		for id, n := range derived {
			if n > maxDerived {
				t.Errorf("%s has %d derived %s links, want at most %d", id, n, framework, maxDerived)
			}
		}
	}
}

func TestMappingsHaveNoDuplicates(t *testing.T) {
	for _, c := range All() {
		for name, ids := range map[string][]string{"iso27001": c.Mappings.ISO27001, "nist_csf": c.Mappings.NISTCSF, "gdpr": c.Mappings.GDPR} {
			seen := map[string]bool{}
			for _, id := range ids {
				if seen[id] {
					t.Errorf("%s lists %s id %s twice", c.ID, name, id)
				}
				seen[id] = true
			}
		}
	}
}

func TestMappingsInFrameworkOrder(t *testing.T) {
	c, _ := Lookup("CC1.3")

	iso := c.Mappings.ISO27001
	if iso[0] != "4.2" || iso[len(iso)-1] != "A.8.26" {
		t.Errorf("CC1.3 ISO ids not in framework order: %v", iso)
	}

	firstAnnexA := slices.IndexFunc(iso, func(id string) bool { return strings.HasPrefix(id, "A.") })
	for _, id := range iso[firstAnnexA:] {
		if !strings.HasPrefix(id, "A.") {
			t.Errorf("clause %s listed after Annex A controls in %v", id, iso)
		}
	}
}

func TestMappedFrom(t *testing.T) {
	tests := []struct {
		name      string
		framework string
		id        string
		contains  []string
		excludes  []string
	}{
		{"annex a control", FrameworkISO27001, "A.5.15", []string{"CC6.2", "CC6.3", "CC6.4"}, []string{"P1.1"}},
		{"annex a lower case", FrameworkISO27001, "a.5.15", []string{"CC6.2"}, nil},
		{"iso clause", FrameworkISO27001, "9.1", []string{"CC4.1", "CC4.2"}, nil},
		{"privacy control", FrameworkISO27001, "A.5.34", []string{"P1.1", "P8.1"}, []string{"CC6.1"}},
		{"csf subcategory", FrameworkNISTCSF, "PR.AA-05", []string{"CC6.1", "CC6.3"}, nil},
		{"csf lower case", FrameworkNISTCSF, " rs.co-02 ", []string{"P6.6", "CC7.4"}, nil},
		{"gdpr canonical", FrameworkGDPR, "Art. 33", []string{"CC7.4", "P6.6"}, nil},
		{"gdpr without dot", FrameworkGDPR, "Art 33", []string{"P6.6"}, nil},
		{"gdpr spelled out", FrameworkGDPR, "Article 33", []string{"P6.6"}, nil},
		{"gdpr number only", FrameworkGDPR, "33", []string{"P6.6"}, nil},
	}

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := MappedFrom(tt.framework, tt.id)
			for _, id := range tt.contains {
				if !slices.Contains(got, id) {
					t.Errorf("MappedFrom(%q, %q) = %v, missing %s", tt.framework, tt.id, got, id)
				}
			}
			for _, id := range tt.excludes {
				if slices.Contains(got, id) {
					t.Errorf("MappedFrom(%q, %q) = %v, should not contain %s", tt.framework, tt.id, got, id)
				}
			}
		})
	}
}

func TestMappedFromUnknown(t *testing.T) {
	tests := []struct{ framework, id string }{
		{"soc1", "A.5.15"},
		{"nist_csf", "PR.AA-05"},
		{FrameworkISO27001, "A.9.1"},
		{FrameworkGDPR, "Art. 99"},
		{FrameworkGDPR, "article"},
		{FrameworkNISTCSF, ""},
	}

	for _, tt := range tests {
		if got := MappedFrom(tt.framework, tt.id); got != nil {
			t.Errorf("MappedFrom(%q, %q) = %v, want nil", tt.framework, tt.id, got)
		}
	}
}

func TestMappedFromUnlinkedControl(t *testing.T) {
	unlinked := 0
	for _, e := range ISO27001Controls() {
		if len(MappedFrom(FrameworkISO27001, e.ID)) > 0 {
			continue
		}

		unlinked++
		if got := MappedFrom(FrameworkISO27001, e.ID); got != nil {
			t.Errorf("MappedFrom for unlinked control %s = %#v, want nil", e.ID, got)
		}
	}

	if unlinked == 0 {
		t.Skip("every Annex A control is linked, so there is no unlinked control to check")
	}
}

func TestMappedFromMatchesMappings(t *testing.T) {
	all := All()

	for _, c := range all {
		for framework, ids := range map[string][]string{
			FrameworkISO27001: c.Mappings.ISO27001, FrameworkNISTCSF: c.Mappings.NISTCSF, FrameworkGDPR: c.Mappings.GDPR,
		} {
			for _, id := range ids {
				if !slices.Contains(MappedFrom(framework, id), c.ID) {
					t.Errorf("MappedFrom(%q, %q) lacks %s, which maps to it", framework, id, c.ID)
				}
			}
		}
	}

	for _, e := range ISO27001Controls() {
		for _, id := range MappedFrom(FrameworkISO27001, e.ID) {
			c, _ := Lookup(id)
			if !slices.Contains(c.Mappings.ISO27001, e.ID) {
				t.Errorf("MappedFrom returns %s for %s, but %s does not map to it", id, e.ID, id)
			}
		}
	}
}

func TestCrosswalkSources(t *testing.T) {
	counts := map[string]map[string]int{}
	for _, framework := range Frameworks() {
		counts[framework] = map[string]int{}
		for _, l := range Crosswalk(framework) {
			counts[framework][l.Source]++
		}
	}

	if counts[FrameworkISO27001][SourcePublished] == 0 || counts[FrameworkISO27001][SourceDerived] == 0 {
		t.Errorf("ISO crosswalk sources = %v, want both published and derived rows", counts[FrameworkISO27001])
	}
	for _, framework := range []string{FrameworkNISTCSF, FrameworkGDPR} {
		if counts[framework][SourcePublished] != 0 {
			t.Errorf("%s crosswalk has %d published rows; no published mapping exists", framework, counts[framework][SourcePublished])
		}
	}

	if Crosswalk("soc1") != nil {
		t.Error(`Crosswalk("soc1") is not nil`)
	}
}

func TestCrosswalkMatchesMappings(t *testing.T) {
	for _, framework := range Frameworks() {
		byCriterion := map[string][]string{}
		for _, l := range Crosswalk(framework) {
			byCriterion[l.Criterion] = append(byCriterion[l.Criterion], l.ID)
		}

		for _, c := range All() {
			want := *mappingList(&c.Mappings, framework)
			if got := byCriterion[c.ID]; !slices.Equal(got, want) {
				t.Errorf("%s %s: crosswalk rows %v, mappings %v", c.ID, framework, got, want)
			}
		}
	}
}

func TestCrosswalkViaIsCriterionISO(t *testing.T) {
	viaRows := 0
	for _, l := range Crosswalk(FrameworkNISTCSF) {
		c, _ := Lookup(l.Criterion)
		for _, via := range l.Via {
			if !slices.Contains(c.Mappings.ISO27001, via) {
				t.Errorf("%s %s: via %s is not an ISO id of the criterion", l.Criterion, l.ID, via)
			}
		}
		if len(l.Via) > 0 {
			viaRows++
		}
	}

	if viaRows == 0 {
		t.Error("no NIST CSF row names the ISO ids it was derived through")
	}
}
