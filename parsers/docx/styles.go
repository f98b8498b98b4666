package docx

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/parsers/meta"
)

// maxHeadingLevel is the deepest heading Word defines (Heading 9).
const maxHeadingLevel = 9

// maxBasedOnChain bounds the basedOn chain followed for one style, which a
// damaged file could make circular.
const maxBasedOnChain = 32

// headingName matches a heading style name or style id after
// meta.NormalizeKey: "heading 1" (how Word stores the built-in names in every
// language), localized names such as "Título 1", "Titre 1" or "Überschrift 1",
// and the ASCII-only style ids Word derives from them ("Ttulo1",
// "berschrift1").
var headingName = regexp.MustCompile(`^(?:heading|titulo|ttulo|titre|uberschrift|berschrift|titolo|kop)\s*([1-9])$`)

// titleNames are normalized names and ids of the Title style.
var titleNames = map[string]bool{"title": true, "titulo": true, "ttulo": true, "titre": true, "titel": true, "titolo": true}

// styleRole is the kind of block a paragraph style makes of its
// paragraphs.
type styleRole struct {
	// level is the heading level 1..9, or 0 for body text.
	level int

	// title is set for the Title style and styles based on it.
	title bool

	// list is set for styles that number their paragraphs, such as
	// "List Number".
	list bool
}

// style is one paragraph style definition of styles.xml.
type style struct {
	name    string
	basedOn string

	// outline is the w:outlineLvl value plus one, 0 when not set: 1..9 are
	// heading levels and 10 is body text.
	outline int

	// numbering is 1 when the style sets a numbering, -1 when it sets
	// numId 0 (none), 0 when it sets neither.
	numbering int
}

// styleSheet resolves paragraph style ids to roles.
type styleSheet struct {
	styles map[string]style
	roles  map[string]styleRole
}

// readStyles reads the paragraph styles of part. A missing or unreadable
// styles part yields an empty sheet, which still recognizes the usual
// style ids by name.
func (a *archive) readStyles(part string) *styleSheet {
	sheet := &styleSheet{styles: map[string]style{}, roles: map[string]styleRole{}}
	if !a.Has(part) {
		return sheet
	}

	var doc struct {
		Styles []struct {
			Type    string     `xml:"type,attr"`
			ID      string     `xml:"styleId,attr"`
			Name    valElement `xml:"name"`
			BasedOn valElement `xml:"basedOn"`
			PPr     struct {
				OutlineLvl *valElement `xml:"outlineLvl"`
				NumPr      struct {
					NumID *valElement `xml:"numId"`
				} `xml:"numPr"`
			} `xml:"pPr"`
		} `xml:"style"`
	}
	if err := a.DecodePart(part, &doc); err != nil {
		return sheet
	}

	for _, s := range doc.Styles {
		if s.Type != "" && s.Type != "paragraph" {
			continue
		}
		st := style{name: s.Name.Val, basedOn: s.BasedOn.Val}
		if s.PPr.OutlineLvl != nil {
			st.outline = outlineValue(s.PPr.OutlineLvl.Val)
		}
		if s.PPr.NumPr.NumID != nil {
			st.numbering = 1
			if s.PPr.NumPr.NumID.Val == "0" {
				st.numbering = -1
			}
		}
		sheet.styles[s.ID] = st
	}
	return sheet
}

// valElement is an element whose value is its w:val attribute.
type valElement struct {
	Val string `xml:"val,attr"`
}

// outlineValue returns w:outlineLvl val plus one, or 0 when val is not a
// level 0..9.
func outlineValue(val string) int {
	n, err := strconv.Atoi(val)
	if err != nil || n < 0 || n > maxHeadingLevel {
		return 0
	}
	return n + 1
}

// headingLevel returns the heading level of an outline value (w:outlineLvl
// plus one), 0 for body text.
func headingLevel(outline int) int {
	if outline > maxHeadingLevel {
		return 0
	}
	return outline
}

// role returns what the style id makes of a paragraph. The style's own
// outline level wins, then its name, then the style it is based on. A style
// id that styles.xml does not define is read by its id.
func (s *styleSheet) role(id string) styleRole {
	if id == "" {
		return styleRole{}
	}
	if r, ok := s.roles[id]; ok {
		return r
	}

	r := s.resolve(id)
	s.roles[id] = r
	return r
}

func (s *styleSheet) resolve(id string) styleRole {
	var (
		r            styleRole
		levelSet     bool
		numberingSet bool
	)

	current := id
	for range maxBasedOnChain {
		st, ok := s.styles[current]
		if !ok {
			if !levelSet {
				r.level, r.title = nameRole(current)
			}
			break
		}

		if !numberingSet && st.numbering != 0 {
			r.list = st.numbering > 0
			numberingSet = true
		}
		if !levelSet {
			if st.outline > 0 {
				r.level = headingLevel(st.outline)
				levelSet = true
			} else if level, title := nameRole(st.name); level > 0 || title {
				r.level, r.title = level, title
				levelSet = true
			}
		}
		if (levelSet && numberingSet) || st.basedOn == "" || st.basedOn == current {
			break
		}
		current = st.basedOn
	}
	return r
}

// nameRole reads a style name or id: a heading level, or the Title style.
func nameRole(name string) (int, bool) {
	key := strings.ReplaceAll(meta.NormalizeKey(name), " ", "")
	if m := headingName.FindStringSubmatch(key); m != nil {
		return int(m[1][0] - '0'), false
	}
	return 0, titleNames[key]
}
