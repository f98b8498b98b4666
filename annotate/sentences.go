package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentence is one sentence of a block: its text as written and the number
// of line breaks in the block before it.
type sentence struct {
	text      string
	lineDelta int
}

// abbreviations never end a sentence when followed by a period, compared
// lower-cased without the period.
var abbreviations = setOf(
	// English.
	"e.g", "i.e", "etc", "vs", "cf", "al", "inc", "ltd", "llc", "co", "corp",
	"mr", "mrs", "ms", "dr", "prof", "st", "jr", "approx", "dept", "est",
	"incl", "excl", "resp", "min", "max", "misc", "viz",
	// Spanish.
	"p", "ej", "sr", "sra", "srta", "sres", "dra", "dres", "lic", "ing",
	"aprox", "depto", "dpto", "ud", "uds", "vd", "vds", "av", "avda", "pag",
	"pág", "núm", "admón", "gral", "cía", "sa", "s.a", "s.l", "s.a.s",
)

// numberAbbreviations end no sentence when a digit follows, as in "No. 5",
// "p. 12" or "Jan. 5"; before a capital letter they may end one ("…dijo que
// no. Luego…").
var numberAbbreviations = setOf(
	"no", "nos", "nº", "n", "num", "art", "arts", "sec", "secs", "fig", "figs",
	"pp", "vol", "ch", "cap", "ver", "v", "rev", "tel", "ext", "ref", "para",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"ene", "abr", "ago", "dic",
)

func setOf(words ...string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
}

// splitSentences splits a block into sentences. A sentence ends at ".", "!",
// "?" or "…", with any closing quotes, brackets or emphasis marks after it,
// when white space and then a capital letter, a digit, an opening quote, "¿"
// or "¡" follow. A period does not end a sentence after an abbreviation, an
// initial ("J. Smith") or a list number at the start of a line ("1. Scope").
// Periods inside tokens ("TLS 1.2", "3.5", "e.g.") never split, because no
// white space follows them. Sentences are never cut for length.
func splitSentences(text string) []sentence {
	var out []sentence

	start := 0
	lines := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isTerminal(r) {
			i += size
			continue
		}

		end := skipTerminals(text, i)
		end = skipClosers(text, end)
		next := skipSpace(text, end)
		if next == end || next >= len(text) || !opensSentence(text, next) {
			i = end
			continue
		}
		if r == '.' && !endsSentenceAtPeriod(text, start, i, next) {
			i = next
			continue
		}

		out, lines = appendSentence(out, text, start, end, lines)
		start = end
		i = next
	}

	out, _ = appendSentence(out, text, start, len(text), lines)
	return out
}

// appendSentence appends text[start:end] trimmed, when not empty. lines is
// the number of line breaks before start; the result is the number before
// end.
func appendSentence(out []sentence, text string, start, end, lines int) ([]sentence, int) {
	segment := text[start:end]
	trimmed := strings.TrimLeftFunc(segment, unicode.IsSpace)
	lead := segment[:len(segment)-len(trimmed)]
	trimmed = strings.TrimRightFunc(trimmed, unicode.IsSpace)

	before := lines + strings.Count(lead, "\n")
	if trimmed != "" {
		out = append(out, sentence{text: trimmed, lineDelta: before})
	}
	return out, lines + strings.Count(segment, "\n")
}

func isTerminal(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// skipTerminals returns the index after the run of sentence-ending marks
// that starts at i, so "?!" and "..." end one sentence.
func skipTerminals(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isTerminal(r) {
			break
		}
		i += size
	}
	return i
}

// skipClosers returns the index after closing quotes, brackets and emphasis
// marks that belong to the sentence before them.
func skipClosers(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !strings.ContainsRune("\"')]*_`’”»", r) {
			break
		}
		i += size
	}
	return i
}

func skipSpace(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// opensSentence reports whether the text at i can start a sentence: after
// opening brackets and emphasis marks, a capital letter, a digit, a quote,
// "¿" or "¡".
func opensSentence(text string, i int) bool {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case strings.ContainsRune("([*_`", r):
			i += size
			continue
		case unicode.IsUpper(r), unicode.IsDigit(r):
			return true
		case strings.ContainsRune("\"'“‘«¿¡", r):
			return true
		}
		return false
	}
	return false
}

// endsSentenceAtPeriod decides whether the period at dot ends a sentence,
// given the sentence start and the index next of the first character after
// the white space that follows.
func endsSentenceAtPeriod(text string, start, dot, next int) bool {
	tokenStart := strings.LastIndexFunc(text[start:dot], unicode.IsSpace) + 1 + start
	token := strings.ToLower(strings.TrimLeft(text[tokenStart:dot], "([\"'*_`“‘«¿¡"))
	if token == "" {
		return true
	}

	if abbreviations[token] || isDottedInitials(token) {
		return false
	}

	nextRune, _ := utf8.DecodeRuneInString(text[next:])
	if numberAbbreviations[token] && unicode.IsDigit(nextRune) {
		return false
	}

	first, size := utf8.DecodeRuneInString(text[tokenStart:dot])
	if size == dot-tokenStart && unicode.IsUpper(first) {
		// A lone capital letter is an initial, as in "J. Smith".
		return false
	}

	if isNumber(token) && startsLine(text, start, tokenStart) {
		// A list number left in a paragraph, as in "1. Scope".
		return false
	}
	return true
}

// isDottedInitials reports whether token is single letters joined by
// periods, such as "e.g", "u.s" or "a.m".
func isDottedInitials(token string) bool {
	if len(token) < 3 {
		return false
	}
	for i, r := range token {
		if i%2 == 1 {
			if r != '.' {
				return false
			}
			continue
		}
		if !unicode.IsLetter(r) || r >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isNumber(token string) bool {
	if token == "" {
		return false
	}
	for _, r := range token {
		if r != '.' && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

// startsLine reports whether only white space lies between the start of the
// line (or of the block) and i.
func startsLine(text string, start, i int) bool {
	lineStart := strings.LastIndexByte(text[start:i], '\n') + 1 + start
	return strings.TrimSpace(text[lineStart:i]) == ""
}

// joinLines replaces each line break, with the white space around it, by one
// space.
func joinLines(text string) string {
	if !strings.ContainsAny(text, "\n\r") {
		return strings.TrimSpace(text)
	}

	var b strings.Builder
	b.Grow(len(text))
	for _, line := range strings.FieldsFunc(text, isLineBreak) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(line)
	}
	return b.String()
}

func isLineBreak(r rune) bool {
	return r == '\n' || r == '\r'
}
