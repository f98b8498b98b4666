package criteria

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// The reference folder named by SOC2LINT_REFERENCE holds the sources the
// catalog and the crosswalks were built from:
//
//	tsc-criteria.tsv                                    id, series, category, title
//	soc2-rev2022-to-iso27001-2022-criterion-rollup.tsv  published SOC 2 to ISO links per criterion
//	mapping-nist-csf-2.0-to-iso27001-2022.yaml          NIST's CSF 2.0 to ISO/IEC 27001:2022 references (optional)
const (
	referenceEnv      = "SOC2LINT_REFERENCE"
	referenceCriteria = "tsc-criteria.tsv"
	referenceRollup   = "soc2-rev2022-to-iso27001-2022-criterion-rollup.tsv"
	referenceNIST     = "mapping-nist-csf-2.0-to-iso27001-2022.yaml"
)

// referenceDir returns the folder named by SOC2LINT_REFERENCE, or skips the
// test when the variable is unset.
func referenceDir(t *testing.T) string {
	t.Helper()

	dir := os.Getenv(referenceEnv)
	if dir == "" {
		t.Skipf("%s is unset; set it to the folder holding %s and %s to compare the data with its sources",
			referenceEnv, referenceCriteria, referenceRollup)
	}

	return dir
}

// readReferenceTSV returns the rows of a tab-separated reference file after
// its header row, skipping '#' comment lines.
func readReferenceTSV(t *testing.T, path string) [][]string {
	t.Helper()

	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("opening reference file: %v", err)
	}
	defer f.Close()

	var rows [][]string
	header := true
	scanner := bufio.NewScanner(f)
	for scanner.Scan() {
		line := scanner.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	if err := scanner.Err(); err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}

	return rows
}

func TestReferenceCriteria(t *testing.T) {
	dir := referenceDir(t)
	rows := readReferenceTSV(t, filepath.Join(dir, referenceCriteria))

	all := All()
	if len(rows) != len(all) {
		t.Fatalf("%s has %d criteria, the catalog %d", referenceCriteria, len(rows), len(all))
	}

	for i, row := range rows {
		if len(row) < 3 {
			t.Fatalf("%s row %d has %d columns, want at least 3", referenceCriteria, i+1, len(row))
		}

		c := all[i]
		category := strings.ReplaceAll(strings.ToLower(row[2]), " ", "_")
		if c.ID != row[0] || c.Series != row[1] || c.Category != category {
			t.Errorf("catalog entry %d is %s/%s/%s, reference says %s/%s/%s",
				i+1, c.ID, c.Series, c.Category, row[0], row[1], category)
		}
	}
}

func TestReferencePublishedISORows(t *testing.T) {
	dir := referenceDir(t)
	rows := readReferenceTSV(t, filepath.Join(dir, referenceRollup))

	want := map[string][]string{}
	for _, row := range rows {
		if len(row) < 3 {
			t.Fatalf("%s row %v has %d columns, want 3", referenceRollup, row, len(row))
		}
		if row[2] != "(none)" {
			want[row[0]] = strings.Fields(row[2])
		}
	}

	got := map[string][]string{}
	for _, l := range Crosswalk(FrameworkISO27001) {
		if l.Source == SourcePublished {
			got[l.Criterion] = append(got[l.Criterion], l.ID)
		}
	}

	for _, c := range All() {
		w := slices.Sorted(slices.Values(want[c.ID]))
		g := slices.Sorted(slices.Values(got[c.ID]))
		if !slices.Equal(g, w) {
			t.Errorf("%s published ISO rows %v, reference roll-up %v", c.ID, g, w)
		}
	}

	for id := range want {
		if !Valid(id) {
			t.Errorf("reference roll-up names %s, which is not in the catalog", id)
		}
	}
}

// nistReferences reads NIST's CSF 2.0 to ISO/IEC 27001:2022 links from the
// reference folder as subcategory id to ISO ids, or skips when the file is
// absent.
func nistReferences(t *testing.T) map[string][]string {
	t.Helper()

	path := filepath.Join(referenceDir(t), referenceNIST)
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skipf("%s is not in the reference folder", referenceNIST)
	}
	if err != nil {
		t.Fatalf("reading NIST references: %v", err)
	}

	var file struct {
		Objects struct {
			Sets []struct {
				SourceFramework string `yaml:"source_framework_urn"`
				Mappings        []struct {
					Source string `yaml:"source_requirement_urn"`
					Target string `yaml:"target_requirement_urn"`
				} `yaml:"requirement_mappings"`
			} `yaml:"requirement_mapping_sets"`
		} `yaml:"objects"`
	}
	if err := yaml.Unmarshal(data, &file); err != nil {
		t.Fatalf("parsing %s: %v", path, err)
	}

	// lastPart turns "urn:...:iso27001-2022:a.5.15" into "A.5.15".
	lastPart := func(urn string) string {
		return strings.ToUpper(urn[strings.LastIndex(urn, ":")+1:])
	}

	links := map[string][]string{}
	for _, set := range file.Objects.Sets {
		if !strings.HasSuffix(set.SourceFramework, ":nist-csf-2.0") {
			continue
		}
		for _, m := range set.Mappings {
			csf := lastPart(m.Source)
			links[csf] = append(links[csf], lastPart(m.Target))
		}
	}
	if len(links) == 0 {
		t.Fatalf("%s holds no CSF 2.0 to ISO links", path)
	}

	return links
}

func TestReferenceCSFSubcategories(t *testing.T) {
	links := nistReferences(t)

	var want []string
	for id := range links {
		want = append(want, id)
	}
	slices.Sort(want)

	got := entryIDs(NISTCSFSubcategories())
	slices.Sort(got)

	if !slices.Equal(got, want) {
		t.Errorf("CSF subcategories differ from the NIST references:\n got %v\nwant %v", got, want)
	}
}

func TestReferenceCSFVia(t *testing.T) {
	links := nistReferences(t)

	for _, l := range Crosswalk(FrameworkNISTCSF) {
		for _, via := range l.Via {
			if !slices.Contains(links[l.ID], via) {
				t.Errorf("%s %s: via %s, but NIST links %s only to %v", l.Criterion, l.ID, via, l.ID, links[l.ID])
			}
		}
	}
}

// TestReferenceCSFViaComplete checks that the via column names every ISO id
// of the criterion through which NIST reaches the subcategory, so that a row
// marked "-" truly has no such link.
func TestReferenceCSFViaComplete(t *testing.T) {
	links := nistReferences(t)

	for _, l := range Crosswalk(FrameworkNISTCSF) {
		c, _ := Lookup(l.Criterion)
		for _, iso := range c.Mappings.ISO27001 {
			if slices.Contains(links[l.ID], iso) && !slices.Contains(l.Via, iso) {
				t.Errorf("%s %s: NIST links the subcategory to %s, which the via column omits", l.Criterion, l.ID, iso)
			}
		}
	}
}
