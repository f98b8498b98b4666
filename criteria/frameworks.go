package criteria

import (
	"strings"
	"unicode"
)

// Framework names accepted by MappedFrom and Crosswalk.
const (
	FrameworkISO27001 = "iso27001"
	FrameworkNISTCSF  = "nist-csf"
	FrameworkGDPR     = "gdpr"
)

// Link sources. A published link comes from a mapping that someone else
// published; a derived link was made by this project, as the data file
// headers describe.
const (
	SourcePublished = "published"
	SourceDerived   = "derived"
)

// Entry is one item of an outside framework: an ISO/IEC 27001 control or
// clause, a NIST CSF subcategory or a GDPR article.
type Entry struct {
	ID    string `json:"id" yaml:"id"`
	Title string `json:"title" yaml:"title"`
}

// Link is one row of a crosswalk: a criterion, the framework id it links to,
// and where the link comes from.
type Link struct {
	Criterion string `json:"criterion"`
	Framework string `json:"framework"`
	ID        string `json:"id"`

	// Source is SourcePublished or SourceDerived.
	Source string `json:"source"`

	// Via lists, for NIST CSF links only, the ISO/IEC 27001 ids of the
	// criterion through which NIST's own ISO references reach the
	// subcategory. It is empty when the link was chosen by reading alone.
	Via []string `json:"via,omitempty"`
}

// Frameworks returns the framework names in a fixed order.
func Frameworks() []string {
	return []string{FrameworkISO27001, FrameworkNISTCSF, FrameworkGDPR}
}

// ISO27001Controls returns the 93 Annex A controls of ISO/IEC 27001:2022,
// A.5.1 to A.8.34, in numbering order.
func ISO27001Controls() []Entry {
	return cloneEntries(embedded().isoControls)
}

// ISO27001Clauses returns the management-system clauses of ISO/IEC
// 27001:2022 (4.1 to 10.2) in numbering order.
func ISO27001Clauses() []Entry {
	return cloneEntries(embedded().isoClauses)
}

// NISTCSFSubcategories returns the 106 subcategories of NIST CSF 2.0 ordered
// by function (GV, ID, PR, DE, RS, RC), category and number.
func NISTCSFSubcategories() []Entry {
	return cloneEntries(embedded().csf)
}

// GDPRArticles returns the GDPR articles that the crosswalk cites, by article
// number. It is not the whole regulation.
func GDPRArticles() []Entry {
	return cloneEntries(embedded().gdpr)
}

// MappedFrom returns the ids of the criteria, in catalog order, that link to
// id in framework (one of the Framework constants). The id is matched
// ignoring case and surrounding white space; GDPR ids may also be written
// "Art 32", "Article 32" or "32". It returns nil for an unknown framework or
// an id that no criterion links to.
func MappedFrom(framework, id string) []string {
	byID := embedded().reverse[framework]
	if byID == nil {
		return nil
	}

	ids := byID[normalizeFrameworkID(framework, id)]
	if len(ids) == 0 {
		return nil
	}

	return cloneStrings(ids)
}

// Crosswalk returns every link to framework in catalog order of the criteria,
// with the source of each, or nil for an unknown framework.
func Crosswalk(framework string) []Link {
	links := embedded().links[framework]
	if links == nil {
		return nil
	}

	out := make([]Link, len(links))
	for i, l := range links {
		l.Via = cloneStrings(l.Via)
		out[i] = l
	}

	return out
}

func cloneEntries(entries []Entry) []Entry {
	return append([]Entry{}, entries...)
}

// normalizeFrameworkID brings a user-written id to the form the data files
// use: upper case for ISO and CSF ids, "Art. N" for GDPR articles.
func normalizeFrameworkID(framework, id string) string {
	id = strings.TrimSpace(id)

	if framework != FrameworkGDPR {
		return strings.ToUpper(id)
	}

	number := strings.ToLower(id)
	for _, prefix := range []string{"article", "art.", "art"} {
		if strings.HasPrefix(number, prefix) {
			number = number[len(prefix):]
			break
		}
	}
	number = strings.TrimSpace(number)

	if number == "" || strings.IndexFunc(number, func(r rune) bool { return !unicode.IsDigit(r) }) >= 0 {
		return id
	}

	return "Art. " + number
}
