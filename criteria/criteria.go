package criteria

import "strings"

// Trust Services Criteria categories, in the order the AICPA lists them.
const (
	CategorySecurity            = "security"
	CategoryAvailability        = "availability"
	CategoryConfidentiality     = "confidentiality"
	CategoryProcessingIntegrity = "processing_integrity"
	CategoryPrivacy             = "privacy"
)

// Criterion is one Trust Services Criterion with its paraphrased text and its
// crosswalk to other frameworks.
type Criterion struct {
	// ID is the criterion id, such as "CC6.1".
	ID string `json:"id"`

	// Series is the id up to the dot, such as "CC6".
	Series string `json:"series"`

	// Category is one of the Category constants.
	Category string `json:"category"`

	// Title and TitleES are short names in English and Spanish.
	Title   string `json:"title"`
	TitleES string `json:"title_es"`

	// Summary and SummaryES describe in one or two sentences what an auditor
	// tests.
	Summary   string `json:"summary"`
	SummaryES string `json:"summary_es"`

	// Evidence lists the artifacts an organization usually prepares for the
	// auditor. EvidenceES has the same items, in the same order, in Spanish.
	Evidence   []string `json:"evidence"`
	EvidenceES []string `json:"evidence_es"`

	// EvidenceOnly is true when no policy rule can check the criterion, so the
	// auditor tests it on evidence alone. EvidenceNote and EvidenceNoteES
	// then say why and what to prepare.
	EvidenceOnly   bool   `json:"evidence_only"`
	EvidenceNote   string `json:"evidence_note,omitempty"`
	EvidenceNoteES string `json:"evidence_note_es,omitempty"`

	// Mappings are the ids this criterion links to in other frameworks.
	Mappings Mappings `json:"mappings"`
}

// Mappings are a criterion's links to other frameworks. Each list is in the
// order of that framework's own list: ISO clauses before Annex A controls,
// CSF subcategories by function, GDPR articles by number.
type Mappings struct {
	// ISO27001 holds Annex A control ids ("A.5.15") and clause ids ("9.3.1").
	ISO27001 []string `json:"iso27001"`

	// NISTCSF holds CSF 2.0 subcategory ids ("PR.AA-05").
	NISTCSF []string `json:"nist_csf"`

	// GDPR holds article ids ("Art. 32"). It is empty for most criteria
	// outside the privacy category.
	GDPR []string `json:"gdpr"`
}

// All returns every criterion in catalog order: CC1.1 to CC9.2, then A1, C1,
// PI1 and P1 to P8. The result is a copy that the caller may modify.
func All() []Criterion {
	cat := embedded()

	out := make([]Criterion, len(cat.criteria))
	for i, c := range cat.criteria {
		out[i] = c.clone()
	}

	return out
}

// Lookup returns the criterion with the given id, ignoring case and
// surrounding white space, and whether it exists.
func Lookup(id string) (Criterion, bool) {
	cat := embedded()

	i, ok := cat.index[normalizeCriterionID(id)]
	if !ok {
		return Criterion{}, false
	}

	return cat.criteria[i].clone(), true
}

// Valid reports whether id names one of the 61 criteria, ignoring case and
// surrounding white space.
func Valid(id string) bool {
	_, ok := embedded().index[normalizeCriterionID(id)]
	return ok
}

// CategoryOf returns the category of the criterion id, or "" when id names no
// criterion.
func CategoryOf(id string) string {
	cat := embedded()

	i, ok := cat.index[normalizeCriterionID(id)]
	if !ok {
		return ""
	}

	return cat.criteria[i].Category
}

// Categories returns the five categories in the AICPA order: security,
// availability, confidentiality, processing_integrity, privacy.
func Categories() []string {
	return []string{
		CategorySecurity,
		CategoryAvailability,
		CategoryConfidentiality,
		CategoryProcessingIntegrity,
		CategoryPrivacy,
	}
}

// clone copies c so that a caller cannot change the shared catalog through
// its slices.
func (c Criterion) clone() Criterion {
	c.Evidence = cloneStrings(c.Evidence)
	c.EvidenceES = cloneStrings(c.EvidenceES)
	c.Mappings = Mappings{
		ISO27001: cloneStrings(c.Mappings.ISO27001),
		NISTCSF:  cloneStrings(c.Mappings.NISTCSF),
		GDPR:     cloneStrings(c.Mappings.GDPR),
	}

	return c
}

func cloneStrings(s []string) []string {
	return append([]string{}, s...)
}

func normalizeCriterionID(id string) string {
	return strings.ToUpper(strings.TrimSpace(id))
}
