package annotate

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// punctuation maps typographic characters to their ASCII form. Zero-width
// characters and the byte order mark map to -1, which drops them.
var punctuation = map[rune]rune{
	'\u2018': '\'', '\u2019': '\'', '\u201a': '\'', '\u201b': '\'', '\u2032': '\'',
	'\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
	'\u00ab': '"', '\u00bb': '"',
	'\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-',
	'\u2015': '-', '\u2212': '-',
	'\u00a0': ' ', '\u2007': ' ', '\u2009': ' ', '\u202f': ' ', '\u2002': ' ',
	'\u2003': ' ', '\u3000': ' ',
	'\u200b': -1, '\u200c': -1, '\u200d': -1, '\u2060': -1, '\ufeff': -1,
}

// foldPool holds transformers that decompose text, drop the combining marks
// and recompose it, so "autenticación" becomes "autenticacion" and "ñ"
// becomes "n". A transform.Transformer keeps state, so each call takes its
// own from the pool.
var foldPool = sync.Pool{
	New: func() any {
		return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	},
}

var (
	markdownLink = regexp.MustCompile(`!?\[([^\]\n]*)\]\([^)\s]*\)`)
	htmlTag      = regexp.MustCompile(`</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>`)
)

// Normalize returns s lower-cased, with accents and other diacritics removed,
// typographic quotes, dashes and spaces replaced by ASCII, Markdown emphasis,
// code marks, links and HTML tags stripped, and runs of white space collapsed
// to one space. It is the Norm of a statement, so rules can match
// "autenticación" and "Autenticacion" with one lower-case pattern.
func Normalize(s string) string {
	if s == "" {
		return ""
	}

	s = fold(s)
	s = stripMarkdown(s)

	return collapseSpace(s)
}

// latinFold holds the folded form of each rune below latinFoldEnd (Latin-1
// and Latin Extended-A and B), computed once with the same transform that
// fold applies to other text, so that most text needs no transform.
const latinFoldEnd = 0x250

var latinFold [latinFoldEnd]string

func init() {
	for r := rune(0); r < latinFoldEnd; r++ {
		latinFold[r] = foldDiacritics(strings.ToLower(string(mapPunctuation(r))))
	}
	for r, mapped := range punctuation {
		if r < latinFoldEnd && mapped < 0 {
			latinFold[r] = ""
		}
	}
}

// fold lower-cases s, maps typographic punctuation to ASCII and removes
// diacritics. Text made only of Latin letters and the punctuation in the
// table takes a fast path through latinFold; other text goes through the
// Unicode transform.
func fold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}

	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < latinFoldEnd {
			b.WriteString(latinFold[r])
			continue
		}

		mapped := mapPunctuation(r)
		switch {
		case mapped < 0:
		case mapped != r:
			b.WriteRune(mapped)
		default:
			return foldDiacritics(strings.ToLower(strings.Map(mapPunctuation, s)))
		}
	}
	return b.String()
}

// foldDiacritics removes combining marks. On a transform error, which only
// invalid UTF-8 can cause, it returns s unchanged.
func foldDiacritics(s string) string {
	t := foldPool.Get().(transform.Transformer)
	defer foldPool.Put(t)

	folded, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return folded
}

// stripMarkdown removes the Markdown marks that a parser may leave in text:
// emphasis (*, **, __, ~~), code backticks, backslash escapes, a leading
// heading or quote mark, link targets and HTML tags. A single underscore
// inside a word, as in snake_case, stays.
func stripMarkdown(s string) string {
	if strings.Contains(s, "](") {
		s = markdownLink.ReplaceAllString(s, "$1")
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = htmlTag.ReplaceAllString(s, " ")
	}

	s = strings.TrimLeft(s, " \t")
	if strings.HasPrefix(s, "#") {
		trimmed := strings.TrimLeft(s, "#")
		if trimmed == "" || trimmed[0] == ' ' {
			s = trimmed
		}
	}
	if strings.HasPrefix(s, "> ") {
		s = s[2:]
	}

	if !strings.ContainsAny(s, "*_~`\\") {
		return s
	}

	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '*', '`':
			continue
		case '~':
			if (i+1 < len(s) && s[i+1] == '~') || (i > 0 && s[i-1] == '~') {
				continue
			}
		case '\\':
			if i+1 < len(s) && isASCIIPunct(s[i+1]) {
				continue
			}
		case '_':
			if isEmphasisUnderscore(s, i) {
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// isEmphasisUnderscore reports whether the underscore at i is part of a run
// of two or more, or sits at the edge of a word.
func isEmphasisUnderscore(s string, i int) bool {
	if (i > 0 && s[i-1] == '_') || (i+1 < len(s) && s[i+1] == '_') {
		return true
	}
	before := i > 0 && isWordByte(s[i-1])
	after := i+1 < len(s) && isWordByte(s[i+1])
	return !before || !after
}

func isWordByte(c byte) bool {
	return c >= utf8.RuneSelf || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isASCIIPunct(c byte) bool {
	return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

// collapseSpace replaces each run of white space by one space and trims both
// ends.
func collapseSpace(s string) string {
	if isCollapsed(s) {
		return s
	}

	var b strings.Builder
	b.Grow(len(s))

	pending := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isCollapsed reports whether s is ASCII with single spaces between words
// and none at the ends, the usual case, which needs no copy.
func isCollapsed(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\r', c == '\v', c == '\f':
			return false
		case c == ' ' && s[i+1] == ' ':
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func mapPunctuation(r rune) rune {
	if mapped, ok := punctuation[r]; ok {
		return mapped
	}
	if r == '\u2026' {
		// strings.Map cannot expand one rune to three; the ellipsis becomes
		// a single period, which ends a sentence the same way.
		return '.'
	}
	return r
}
