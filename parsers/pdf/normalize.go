package pdf

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// asciiPunctuation replaces curly quotes and dashes by their ASCII forms.
var asciiPunctuation = strings.NewReplacer(
	"‘", "'", "’", "'", "‚", "'", "“", `"`, "”", `"`, "„", `"`,
	"‐", "-", "‑", "-", "‒", "-", "–", "-", "—", "-", "―", "-",
)

// normalize returns text lower-cased, with accents removed, curly quotes
// and dashes replaced by ASCII and white space collapsed: the form of
// Statement.SectionPath.
func normalize(text string) string {
	decomposed := norm.NFD.String(strings.ToLower(text))
	stripped := strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, decomposed)
	return strings.Join(strings.Fields(asciiPunctuation.Replace(norm.NFC.String(stripped))), " ")
}
