package model

// Formats a parser can produce.
const (
	FormatMarkdown = "markdown"
	FormatPDF      = "pdf"
	FormatDOCX     = "docx"
	FormatXLSX     = "xlsx"
	FormatCSV      = "csv"
)

// Kinds of document. A kind comes from front matter (`kind:` or `type:`), the
// folder the file sits in, or the title, in that order.
const (
	KindPolicy    = "policy"
	KindProcedure = "procedure"
	KindPlan      = "plan"
	KindStandard  = "standard"
	KindEvidence  = "evidence"
	// KindOther is a readable file that does not look like a policy document,
	// such as an index page. Content rules skip it.
	KindOther = "other"
)

// Languages the annotator detects. An empty Language means undetermined.
const (
	LangEnglish = "en"
	LangSpanish = "es"
)

// Document is one parsed file. It is the Rego input of every document rule.
type Document struct {
	// File is the path relative to the linted root, with forward slashes.
	File string `json:"file"`

	// Format is one of the Format constants.
	Format string `json:"format"`

	// Kind is one of the Kind constants.
	Kind string `json:"kind"`

	// Title is the front-matter title, else the first heading, else the file
	// name without extension.
	Title string `json:"title"`

	// Language is "en", "es" or "" when the text is too short or in another
	// language.
	Language string `json:"language"`

	// Metadata holds document-control fields (owner, version, approval and
	// review dates) normalized from front matter or a document-control table.
	Metadata Metadata `json:"metadata"`

	// Sections are the headings in document order, flattened; Parent links a
	// section to the one that contains it.
	Sections []Section `json:"sections"`

	// Statements are the units rules match on: each paragraph, list item,
	// table row and heading, split into sentences.
	Statements []Statement `json:"statements"`

	// Tables are the tables of the document with their header and rows.
	Tables []Table `json:"tables"`

	// Text is the whole plain text of the document, one block per line.
	Text string `json:"text"`

	// Evidence is set for tabular evidence exports and nil for policies.
	Evidence *Evidence `json:"evidence,omitempty"`

	// Problems are defects found while parsing that do not stop the parse,
	// such as an unparseable date. The engine reports each as a finding.
	Problems []Problem `json:"problems"`
}

// Location points into a source file. Line is 1-based for text formats, Page
// is 1-based for PDF, and Sheet and Cell (such as "Sheet1!C14") for
// spreadsheets. Zero values mean "not applicable".
type Location struct {
	Line  int    `json:"line,omitempty"`
	Page  int    `json:"page,omitempty"`
	Sheet string `json:"sheet,omitempty"`
	Cell  string `json:"cell,omitempty"`
}

// Section is one heading and the text under it up to the next heading of the
// same or a higher level.
type Section struct {
	// Index is the position of the section in Document.Sections.
	Index int `json:"index"`

	// Parent is the Index of the enclosing section, or -1 at the top level.
	Parent int `json:"parent"`

	// Level is the heading level, 1 for a top heading.
	Level int `json:"level"`

	// Title is the heading text without markup.
	Title string `json:"title"`

	// Path is the titles from the top-level section down to this one.
	Path []string `json:"path"`

	// Text is the plain text of the section body, subsections included.
	Text string `json:"text"`

	Location
	// EndLine is the last line of the section body, inclusive.
	EndLine int `json:"end_line,omitempty"`
}

// Statement sources.
const (
	SourceHeading   = "heading"
	SourceParagraph = "paragraph"
	SourceListItem  = "list_item"
	SourceTableRow  = "table_row"
)

// Statement is one sentence of a paragraph or list item, one heading, or one
// table row written as "header: cell; header: cell".
type Statement struct {
	// Text is the statement as written, markup removed.
	Text string `json:"text"`

	// Norm is Text lower-cased, with accents removed, curly quotes and dashes
	// replaced by ASCII and runs of white space collapsed, so that rules can
	// match "autenticación" and "autenticacion" with one pattern.
	Norm string `json:"norm"`

	// Source is one of the Source constants.
	Source string `json:"source"`

	// Section is the Index of the enclosing section, or -1 before the first
	// heading.
	Section int `json:"section"`

	// SectionPath is the heading titles that enclose the statement, normalized
	// like Norm.
	SectionPath []string `json:"section_path"`

	// Modality is the strongest obligation word in the statement: "must"
	// (must, shall, is required to, debe), "should" (should, is encouraged,
	// recommended, debería), "may" (may, can, optional, puede) or "" when the
	// statement states no obligation.
	Modality string `json:"modality"`

	// Frequencies are the recurring intervals the statement states, such as
	// "quarterly" (91 days) or "cada doce meses" (365 days).
	Frequencies []Frequency `json:"frequencies"`

	// Durations are the deadlines the statement states, such as "within 24
	// hours" or "by the end of the next working day".
	Durations []Duration `json:"durations"`

	// Vague lists the vague frequency words in the statement ("periodically",
	// "as needed", "regularmente").
	Vague []string `json:"vague"`

	Location
}

// Frequency is a recurring interval stated in text.
type Frequency struct {
	// Phrase is the matched text, normalized.
	Phrase string `json:"phrase"`

	// Days is the interval in days: 1 daily, 7 weekly, 30 monthly,
	// 91 quarterly, 182 semi-annually, 365 annually.
	Days int `json:"days"`
}

// Duration is a deadline or time window stated in text.
type Duration struct {
	// Phrase is the matched text, normalized.
	Phrase string `json:"phrase"`

	// Hours is the window in hours; working days count as 24 hours each, and
	// "immediately" is 0.
	Hours float64 `json:"hours"`
}

// Table is a table with its header row and body rows.
type Table struct {
	// Section is the Index of the enclosing section, or -1.
	Section int `json:"section"`

	// Header holds the header cells as written.
	Header []string `json:"header"`

	// Rows holds the body rows.
	Rows []Row `json:"rows"`

	Location
}

// Row is one body row of a table.
type Row struct {
	Cells []string `json:"cells"`
	Location
}

// Problem is a defect in the input that the parser worked around. The engine
// turns each into a finding of rule "parse-problem" or, when Rule is set, of
// that rule.
type Problem struct {
	// Rule is the id of the rule this problem belongs to, such as
	// "governance-date-format"; empty means the generic "parse-problem".
	Rule string `json:"rule,omitempty"`

	// Severity is "error", "warning" or "info".
	Severity string `json:"severity"`

	// Message says what is wrong and what to do, in English.
	Message string `json:"message"`

	Location
}
