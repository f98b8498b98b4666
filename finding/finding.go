// Package finding holds the Finding type that the engine produces and every
// reporter writes, with its severity order and its sort order.
package finding

import (
	"cmp"
	"slices"
	"strings"
)

// Severities, strongest first.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
	SeverityInfo    = "info"
)

// Mappings are the ids of other frameworks' controls that a finding
// concerns.
type Mappings struct {
	ISO27001 []string `json:"iso27001"`
	NISTCSF  []string `json:"nist_csf"`
	GDPR     []string `json:"gdpr"`
}

// Finding is one problem found in one file, or in the corpus as a whole when
// File is "".
type Finding struct {
	RuleID   string   `json:"rule_id"`
	Title    string   `json:"title"`
	Criteria []string `json:"criteria"`
	Severity string   `json:"severity"`

	// Message is in the report's language; Messages holds every language
	// the rule provides, keyed by language code.
	Message  string            `json:"message"`
	Messages map[string]string `json:"-"`

	// File is relative to the linted root; "" for corpus-level findings.
	File string `json:"file"`

	// Line is 1-based; 0 when the finding has no line (corpus level, or a
	// spreadsheet cell).
	Line  int    `json:"line"`
	Page  int    `json:"page,omitempty"`
	Sheet string `json:"sheet,omitempty"`
	Cell  string `json:"cell,omitempty"`

	Remediation  string            `json:"remediation"`
	Remediations map[string]string `json:"-"`

	Mappings Mappings `json:"mappings"`

	// Suppression is set when an inline directive or a config entry waives
	// the finding. A suppressed finding stays in the JSON report so an
	// auditor can read what was waived and why, but it counts toward
	// neither the exit code nor coverage.
	Suppression *Suppression `json:"suppression,omitempty"`
}

// Suppression sources.
const (
	SuppressionInline = "inline"
	SuppressionConfig = "config"
)

// Suppression records why and where a finding was waived.
type Suppression struct {
	// Reason is the justification the author wrote; never empty.
	Reason string `json:"reason"`

	// Source is SuppressionInline for a comment in the file or
	// SuppressionConfig for an entry of the configuration's suppress list.
	Source string `json:"source"`

	// File is the configuration file of a config entry; "" for an inline
	// directive, which sits in the finding's own file.
	File string `json:"file,omitempty"`

	// Line is the 1-based line of the directive or of the config entry.
	Line int `json:"line"`
}

// Suppressed reports whether the finding is waived.
func (f *Finding) Suppressed() bool {
	return f.Suppression != nil
}

// Rank returns 0 for error, 1 for warning, 2 for info and 3 otherwise, so
// that a lower rank is more severe.
func Rank(severity string) int {
	switch severity {
	case SeverityError:
		return 0
	case SeverityWarning:
		return 1
	case SeverityInfo:
		return 2
	}
	return 3
}

// AtLeast reports whether severity is as severe as threshold or more.
func AtLeast(severity, threshold string) bool {
	return Rank(severity) <= Rank(threshold)
}

// Sort orders findings by file, line, page, cell, rule id, then message,
// so reports are identical across runs. Corpus-level findings come first.
func Sort(findings []Finding) {
	slices.SortStableFunc(findings, func(a, b Finding) int {
		return cmp.Or(
			strings.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Page, b.Page),
			strings.Compare(a.Sheet, b.Sheet),
			strings.Compare(a.Cell, b.Cell),
			strings.Compare(a.RuleID, b.RuleID),
			strings.Compare(a.Message, b.Message),
		)
	})
}

// Localize sets Message and Remediation from the language lang, falling
// back to English.
func (f *Finding) Localize(lang string) {
	if text := f.Messages[lang]; text != "" {
		f.Message = text
	} else if text := f.Messages["en"]; text != "" {
		f.Message = text
	}

	if text := f.Remediations[lang]; text != "" {
		f.Remediation = text
	} else if text := f.Remediations["en"]; text != "" {
		f.Remediation = text
	}
}
