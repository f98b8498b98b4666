package model

// Metadata holds the document-control fields auditors look for. Dates are ISO
// 8601 calendar dates ("2026-03-01") or "" when absent or unparseable; an
// unparseable date also yields a Problem on the document.
type Metadata struct {
	// Source is the origin of the fields: "front_matter",
	// "document_control" (a table such as "Document Control"), "properties"
	// (PDF or DOCX properties) or "" when none was found.
	Source string `json:"source"`

	Owner      string `json:"owner"`
	Version    string `json:"version"`
	ApprovedBy string `json:"approved_by"`

	// ApprovedOn is the date of the last approval.
	ApprovedOn string `json:"approved_on"`

	// Effective is the date the document takes effect.
	Effective string `json:"effective"`

	// LastReviewed is the date of the last review, when stated apart from
	// the approval.
	LastReviewed string `json:"last_reviewed"`

	// NextReview is the date the next review is due.
	NextReview string `json:"next_review"`

	// Classification is the document's own label, such as "Internal".
	Classification string `json:"classification"`

	// Criteria are the criterion ids the document claims to satisfy, from
	// front matter keys such as `satisfies.TSC` or `criteria`.
	Criteria []string `json:"criteria"`

	// Fields are all front-matter keys as parsed, for rules that need a field
	// this struct does not name. Values keep their YAML types.
	Fields map[string]any `json:"fields"`

	// Location is where the metadata block starts.
	Location
}
