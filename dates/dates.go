// Package dates parses the calendar dates that policy authors write in
// front matter and document-control tables.
package dates

import (
	"fmt"
	"strings"
	"time"
)

// Order is the order of day, month and year in an all-numeric date such as 01/03/2026.
type Order string

// Orders for numeric dates. DMY is the default because it is what most of the
// world, Spanish-speaking countries included, writes; teams in the United
// States set `date_order: mdy` in the config.
const (
	DMY Order = "dmy"
	MDY Order = "mdy"
)

// ISO is the layout of dates in the document model and reports.
const ISO = "2006-01-02"

// layouts lists the unambiguous layouts tried in order.
var layouts = []string{
	"2006-01-02",
	"2006-1-2",
	"2006/01/02",
	"2006/1/2",
	"2006-01-02T15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan 2 2006",
	"Jan. 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"02-Jan-2006",
	"2-Jan-2006",
	"January 2006",
}

// numericDMY and numericMDY are tried after layouts, by Order.
var (
	numericDMY = []string{"02/01/2006", "2/1/2006", "02.01.2006", "2.1.2006", "02-01-2006", "2-1-2006"}
	numericMDY = []string{"01/02/2006", "1/2/2006", "01.02.2006", "1.2.2006", "01-02-2006", "1-2-2006"}
)

// spanishMonths maps Spanish month names to English ones so that "1 de marzo
// de 2026" parses with the English layouts.
var spanishMonths = strings.NewReplacer(
	"enero", "January", "febrero", "February", "marzo", "March", "abril", "April",
	"mayo", "May", "junio", "June", "julio", "July", "agosto", "August",
	"septiembre", "September", "setiembre", "September", "octubre", "October",
	"noviembre", "November", "diciembre", "December",
)

// Parse reads s as a calendar date. It accepts ISO 8601, month names in
// English or Spanish ("March 1, 2026", "1 de marzo de 2026") and numeric
// dates read in the given order. The error names the value and the accepted
// forms.
func Parse(s string, order Order) (time.Time, error) {
	value := strings.TrimSpace(s)
	if value == "" {
		return time.Time{}, fmt.Errorf("empty date")
	}

	normalized := strings.ToLower(value)
	normalized = strings.ReplaceAll(normalized, " de ", " ")
	normalized = strings.ReplaceAll(normalized, " del ", " ")
	normalized = spanishMonths.Replace(normalized)
	normalized = strings.Join(strings.Fields(normalized), " ")

	for _, layout := range layouts {
		if t, err := time.Parse(layout, value); err == nil {
			return t, nil
		}
		if t, err := time.Parse(layout, normalized); err == nil {
			return t, nil
		}
		// time.Parse matches month names case-sensitively.
		if t, err := time.Parse(layout, titleMonths(normalized)); err == nil {
			return t, nil
		}
	}

	numeric := numericDMY
	if order == MDY {
		numeric = numericMDY
	}
	for _, layout := range numeric {
		if t, err := time.Parse(layout, normalized); err == nil {
			return t, nil
		}
	}

	return time.Time{}, fmt.Errorf("invalid date %q: write it as YYYY-MM-DD (2026-03-01), a month name (March 1, 2026) or DD/MM/YYYY", value)
}

// Format returns t as an ISO 8601 calendar date.
func Format(t time.Time) string {
	return t.Format(ISO)
}

// titleMonths upper-cases the first letter of each word so "march 1, 2026"
// matches the layout "January 2, 2006".
func titleMonths(s string) string {
	words := strings.Fields(s)
	for i, word := range words {
		if word != "" {
			words[i] = strings.ToUpper(word[:1]) + word[1:]
		}
	}
	return strings.Join(words, " ")
}
