package criteria

import (
	"fmt"
	"regexp"
	"strings"
)

// idFormat is the expected shape of the ids in one framework list.
type idFormat struct {
	name    string
	pattern *regexp.Regexp
}

var (
	criterionIDPattern = regexp.MustCompile(`^(CC|A|C|PI|P)[1-9]\.[1-9]$`)

	isoClauseFormat  = idFormat{"ISO/IEC 27001 clause such as 9.3.1", regexp.MustCompile(`^(4|5|6|7|8|9|10)\.[1-9](\.[1-9])?$`)}
	isoControlFormat = idFormat{"ISO/IEC 27001 Annex A control such as A.5.15", regexp.MustCompile(`^A\.[5-8]\.[1-9][0-9]?$`)}
	csfFormat        = idFormat{"NIST CSF 2.0 subcategory such as PR.AA-05", regexp.MustCompile(`^(GV|ID|PR|DE|RS|RC)\.[A-Z]{2}-[0-9]{2}$`)}
	gdprFormat       = idFormat{"GDPR article such as Art. 32", regexp.MustCompile(`^Art\. [1-9][0-9]?$`)}
)

// seriesCategories maps the letters of a series to its category.
var seriesCategories = map[string]string{
	"CC": CategorySecurity,
	"A":  CategoryAvailability,
	"C":  CategoryConfidentiality,
	"PI": CategoryProcessingIntegrity,
	"P":  CategoryPrivacy,
}

// checkEntries checks one framework list: ids well formed and unique across
// all lists (seen maps each id to the file that first listed it), titles
// present.
func checkEntries(file string, entries []Entry, format idFormat, seen map[string]string) error {
	if len(entries) == 0 {
		return fmt.Errorf("%s: no entries of kind %s", file, format.name)
	}

	for _, e := range entries {
		if !format.pattern.MatchString(e.ID) {
			return fmt.Errorf("%s: id %q is not a valid %s", file, e.ID, format.name)
		}

		if first, dup := seen[e.ID]; dup {
			return fmt.Errorf("%s: id %s is listed twice (first in %s)", file, e.ID, first)
		}
		seen[e.ID] = file

		if strings.TrimSpace(e.Title) == "" {
			return fmt.Errorf("%s: id %s has no title", file, e.ID)
		}
	}

	return nil
}

// checkCriterion checks one catalog entry on its own: id, series and
// category agree, and every text is present in both languages.
func checkCriterion(raw rawCriterion) error {
	if !criterionIDPattern.MatchString(raw.ID) {
		return fmt.Errorf("criterion id %q is not of the form CC6.1, A1.2, C1.1, PI1.3 or P6.2", raw.ID)
	}

	series, _, _ := strings.Cut(raw.ID, ".")
	if raw.Series != series {
		return fmt.Errorf("criterion %s: series is %q, expected %q", raw.ID, raw.Series, series)
	}

	category := seriesCategories[strings.TrimRight(series, "0123456789")]
	if raw.Category != category {
		return fmt.Errorf("criterion %s: category is %q, expected %q", raw.ID, raw.Category, category)
	}

	texts := []struct{ key, value string }{
		{"title", raw.Title},
		{"title_es", raw.TitleES},
		{"summary", raw.Summary},
		{"summary_es", raw.SummaryES},
	}
	for _, text := range texts {
		if strings.TrimSpace(text.value) == "" {
			return fmt.Errorf("criterion %s: %s is missing", raw.ID, text.key)
		}
	}

	if len(raw.Evidence) == 0 {
		return fmt.Errorf("criterion %s: evidence is missing", raw.ID)
	}
	if len(raw.EvidenceES) != len(raw.Evidence) {
		return fmt.Errorf("criterion %s: evidence has %d items but evidence_es has %d; list the same items in both languages",
			raw.ID, len(raw.Evidence), len(raw.EvidenceES))
	}
	for i := range raw.Evidence {
		if strings.TrimSpace(raw.Evidence[i]) == "" || strings.TrimSpace(raw.EvidenceES[i]) == "" {
			return fmt.Errorf("criterion %s: evidence item %d is empty", raw.ID, i+1)
		}
	}

	hasNote := strings.TrimSpace(raw.EvidenceNote) != "" && strings.TrimSpace(raw.EvidenceNoteES) != ""
	if raw.EvidenceOnly && !hasNote {
		return fmt.Errorf("criterion %s: evidence_only needs evidence_note and evidence_note_es saying what the auditor tests", raw.ID)
	}
	if !raw.EvidenceOnly && (raw.EvidenceNote != "" || raw.EvidenceNoteES != "") {
		return fmt.Errorf("criterion %s: evidence_note is set but evidence_only is not true", raw.ID)
	}

	return nil
}

// checkCoverage makes sure that every criterion links to at least one Annex A
// control and one CSF subcategory, and every privacy criterion to at least
// one GDPR article.
func checkCoverage(cat *catalog) error {
	for _, c := range cat.criteria {
		if !hasAnnexA(c.Mappings.ISO27001) {
			return fmt.Errorf("%s: criterion %s has no ISO/IEC 27001 Annex A control; add a row", fileCrossISO, c.ID)
		}

		if len(c.Mappings.NISTCSF) == 0 {
			return fmt.Errorf("%s: criterion %s has no NIST CSF subcategory; add a row", fileCrossNISTCSF, c.ID)
		}

		if c.Category == CategoryPrivacy && len(c.Mappings.GDPR) == 0 {
			return fmt.Errorf("%s: privacy criterion %s has no GDPR article; add a row", fileCrossGDPR, c.ID)
		}
	}

	return nil
}

func hasAnnexA(ids []string) bool {
	for _, id := range ids {
		if strings.HasPrefix(id, "A.") {
			return true
		}
	}

	return false
}
