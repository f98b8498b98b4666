package model

// Evidence is the typed content of a tabular evidence export.
type Evidence struct {
	// Type is the recognized evidence type, such as "access_review", or ""
	// when the headers match no known type.
	Type string `json:"type"`

	// Sheet is the worksheet the rows come from; empty for CSV.
	Sheet string `json:"sheet,omitempty"`

	// Columns maps a field name of the type ("reviewer", "decision") to the
	// column header it was read from.
	Columns map[string]string `json:"columns"`

	// Records are the data rows, keyed by field name, with dates as ISO 8601
	// strings, booleans as bool and numbers as float64.
	Records []Record `json:"records"`
}

// Record is one data row of an evidence export.
type Record struct {
	Fields map[string]any `json:"fields"`
	Location
}
