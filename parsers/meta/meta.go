// Package meta turns document-control key/value pairs into model.Metadata.
//
// Policies state their owner, version and approval dates in many shapes:
// YAML front matter, a "Document Control" table in a PDF or Word export, or a
// header block without the opening `---`. Each parser collects the pairs it
// finds and calls FromFields, so that the keys are matched the same way
// everywhere, in English and Spanish.
package meta

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/soc2lint/soc2lint/dates"
	"github.com/soc2lint/soc2lint/model"
)

// RuleDateFormat is the rule id of problems about unparseable dates.
const RuleDateFormat = "governance-date-format"

// field names the Metadata field that a key fills.
type field int

const (
	fieldNone field = iota
	fieldOwner
	fieldVersion
	fieldApprovedBy
	fieldApprovedOn
	fieldEffective
	fieldLastReviewed
	fieldNextReview
	fieldClassification
	fieldTitle
)

// keys maps a normalized key (lower case, accents removed, separators as one
// space) to the field it fills.
var keys = map[string]field{
	"owner": fieldOwner, "document owner": fieldOwner, "policy owner": fieldOwner,
	"owned by": fieldOwner, "author": fieldOwner, "responsible": fieldOwner,
	"propietario": fieldOwner, "responsable": fieldOwner, "dueno": fieldOwner,
	"propietario del documento": fieldOwner, "responsable del documento": fieldOwner,

	"version": fieldVersion, "document version": fieldVersion, "revision": fieldVersion,
	"rev": fieldVersion,

	"approved by": fieldApprovedBy, "approver": fieldApprovedBy, "approvers": fieldApprovedBy,
	"aprobado por": fieldApprovedBy, "aprobador": fieldApprovedBy,

	"approved on": fieldApprovedOn, "approved": fieldApprovedOn, "approval date": fieldApprovedOn,
	"date approved": fieldApprovedOn, "approved date": fieldApprovedOn, "last approved": fieldApprovedOn,
	"fecha de aprobacion": fieldApprovedOn, "aprobado el": fieldApprovedOn, "aprobacion": fieldApprovedOn,

	"effective": fieldEffective, "effective date": fieldEffective, "effective on": fieldEffective,
	"fecha de vigencia": fieldEffective, "vigencia": fieldEffective, "fecha efectiva": fieldEffective,
	"fecha de entrada en vigor": fieldEffective, "en vigor desde": fieldEffective,

	"last reviewed": fieldLastReviewed, "last review": fieldLastReviewed, "reviewed on": fieldLastReviewed,
	"last review date": fieldLastReviewed, "reviewed": fieldLastReviewed,
	"ultima revision": fieldLastReviewed, "fecha de revision": fieldLastReviewed,

	"next review": fieldNextReview, "next review date": fieldNextReview, "review by": fieldNextReview,
	"next review due": fieldNextReview, "review due": fieldNextReview, "due for review": fieldNextReview,
	"proxima revision": fieldNextReview, "fecha de proxima revision": fieldNextReview,

	"classification": fieldClassification, "data classification": fieldClassification,
	"document classification": fieldClassification, "clasificacion": fieldClassification,

	"title": fieldTitle, "name": fieldTitle, "titulo": fieldTitle, "nombre": fieldTitle,
}

// criteriaKeys are keys whose values list criterion ids the document claims
// to satisfy.
var criteriaKeys = map[string]bool{
	"satisfies": true, "criteria": true, "tsc": true, "controls": true, "soc2": true,
	"soc 2": true, "trust services criteria": true, "criterios": true,
}

var criterionID = regexp.MustCompile(`\b(?:CC|PI|A|C|P)\d{1,2}\.\d{1,2}\b`)

var separators = regexp.MustCompile(`[\s_\-.:]+`)

var accents = strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ñ", "n", "ü", "u")

// NormalizeKey returns key lower-cased, accents removed and separators
// folded to single spaces, the form used to look keys up.
func NormalizeKey(key string) string {
	k := accents.Replace(strings.ToLower(strings.TrimSpace(key)))
	k = separators.ReplaceAllString(k, " ")
	return strings.TrimSpace(k)
}

// IsKey reports whether key names a document-control field, for parsers that
// must decide whether a table or a line is a document-control block.
func IsKey(key string) bool {
	f := keys[NormalizeKey(key)]
	return f != fieldNone && f != fieldTitle
}

// Result is the output of FromFields.
type Result struct {
	Metadata model.Metadata

	// Title is the value of a title key, or "".
	Title string

	// Problems are unparseable dates, each naming the key and value.
	Problems []model.Problem
}

// FromFields fills a Metadata from key/value pairs. source is recorded in
// Metadata.Source, loc is where the block starts, and order is the order of
// numeric dates. Values that are not strings are formatted with %v; YAML
// dates decoded as time.Time are kept exact.
func FromFields(fields map[string]any, source string, loc model.Location, order dates.Order) Result {
	var result Result
	md := &result.Metadata
	md.Source = source
	md.Location = loc
	md.Fields = fields
	md.Criteria = []string{}

	names := make([]string, 0, len(fields))
	for name := range fields {
		names = append(names, name)
	}
	sort.Strings(names)

	for _, name := range names {
		value := fields[name]
		key := NormalizeKey(name)

		if criteriaKeys[key] {
			md.Criteria = appendCriteria(md.Criteria, value)
			continue
		}

		target := keys[key]
		if target == fieldNone {
			continue
		}

		text := stringValue(value)
		switch target {
		case fieldOwner:
			md.Owner = firstNonEmpty(md.Owner, text)
		case fieldVersion:
			md.Version = firstNonEmpty(md.Version, text)
		case fieldApprovedBy:
			md.ApprovedBy = firstNonEmpty(md.ApprovedBy, text)
		case fieldClassification:
			md.Classification = firstNonEmpty(md.Classification, text)
		case fieldTitle:
			result.Title = firstNonEmpty(result.Title, text)
		case fieldApprovedOn:
			md.ApprovedOn = firstNonEmpty(md.ApprovedOn, parseDate(name, value, loc, order, &result.Problems))
		case fieldEffective:
			md.Effective = firstNonEmpty(md.Effective, parseDate(name, value, loc, order, &result.Problems))
		case fieldLastReviewed:
			md.LastReviewed = firstNonEmpty(md.LastReviewed, parseDate(name, value, loc, order, &result.Problems))
		case fieldNextReview:
			md.NextReview = firstNonEmpty(md.NextReview, parseDate(name, value, loc, order, &result.Problems))
		}
	}

	sort.Strings(md.Criteria)
	return result
}

// parseDate reads a date value, appending a problem when it cannot.
func parseDate(name string, value any, loc model.Location, order dates.Order, problems *[]model.Problem) string {
	if t, ok := value.(time.Time); ok {
		return dates.Format(t)
	}

	text := stringValue(value)
	if text == "" {
		return ""
	}

	t, err := dates.Parse(text, order)
	if err != nil {
		*problems = append(*problems, model.Problem{
			Rule:     RuleDateFormat,
			Severity: "warning",
			Message:  fmt.Sprintf("field %q: %v", name, err),
			Location: loc,
		})
		return ""
	}
	return dates.Format(t)
}

// appendCriteria collects criterion ids from a string, a list or a nested
// map such as `satisfies: {TSC: [CC6.1, CC6.2]}`.
func appendCriteria(ids []string, value any) []string {
	switch v := value.(type) {
	case string:
		for _, id := range criterionID.FindAllString(strings.ToUpper(v), -1) {
			ids = appendUnique(ids, id)
		}
	case []any:
		for _, item := range v {
			ids = appendCriteria(ids, item)
		}
	case map[string]any:
		for _, item := range v {
			ids = appendCriteria(ids, item)
		}
	default:
		if v != nil {
			ids = appendCriteria(ids, fmt.Sprint(v))
		}
	}
	return ids
}

func appendUnique(ids []string, id string) []string {
	for _, existing := range ids {
		if existing == id {
			return ids
		}
	}
	return append(ids, id)
}

func stringValue(value any) string {
	switch v := value.(type) {
	case nil:
		return ""
	case string:
		return strings.TrimSpace(v)
	case time.Time:
		return dates.Format(v)
	case []any:
		parts := make([]string, 0, len(v))
		for _, item := range v {
			if s := stringValue(item); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	default:
		return strings.TrimSpace(fmt.Sprint(v))
	}
}

func firstNonEmpty(current, candidate string) string {
	if current != "" {
		return current
	}
	return candidate
}
