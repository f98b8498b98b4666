package annotate

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a normalized sentence, as a byte range. A word is a
// run of letters and digits. A hyphen or apostrophe between two of them
// joins a word ("semi-annually", "management's"), and so does a period or
// comma between two digits ("1.5").
type token struct {
	start, end int
}

// words is a normalized sentence split into tokens. Matching phrases on
// words rather than with one large regular expression keeps the cost
// linear in the text and independent of the number of phrases.
type words struct {
	norm   string
	tokens []token
}

// newWords tokenizes norm, reusing buf for the tokens.
func newWords(norm string, buf []token) words {
	tokens := buf[:0]
	start := -1
	for i := 0; i < len(norm); {
		r, size := rune(norm[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(norm[i:])
		}

		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && joinsWord(norm, i, r):
		default:
			if start >= 0 {
				tokens = append(tokens, token{start, i})
				start = -1
			}
		}
		i += size
	}
	if start >= 0 {
		tokens = append(tokens, token{start, len(norm)})
	}
	return words{norm: norm, tokens: tokens}
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// joinsWord reports whether the punctuation r at i joins the word before it
// to the next character.
func joinsWord(norm string, i int, r rune) bool {
	if i+1 >= len(norm) || i == 0 {
		return false
	}
	prev, next := norm[i-1], norm[i+1]
	switch r {
	case '-', '\'':
		return isWordByte(prev) && isWordByte(next)
	case '.', ',':
		return isDigit(prev) && isDigit(next)
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func (w *words) len() int { return len(w.tokens) }

// word returns token i as text.
func (w *words) word(i int) string {
	t := w.tokens[i]
	return w.norm[t.start:t.end]
}

// wordOr returns token i, or "" when i is out of range.
func (w *words) wordOr(i int) string {
	if i < 0 || i >= len(w.tokens) {
		return ""
	}
	return w.word(i)
}

// gap returns the text between token i and token i+1.
func (w *words) gap(i int) string {
	return w.norm[w.tokens[i].end:w.tokens[i+1].start]
}

// joined reports whether token i and token i+1 are separated by exactly one
// space, so that they read as one phrase.
func (w *words) joined(i int) bool {
	return i+1 < len(w.tokens) && w.tokens[i].end+1 == w.tokens[i+1].start && w.norm[w.tokens[i].end] == ' '
}

// text returns the phrase from token first to token last, inclusive.
func (w *words) text(first, last int) string {
	return w.norm[w.tokens[first].start:w.tokens[last].end]
}

// phrase is a sequence of words with a value, such as an interval in days
// or a marker class.
type phrase struct {
	words []string
	value int
}

// phraseIndex finds phrases by their first or their last word. Each list is
// ordered longest first, so the longest phrase that matches wins; among
// phrases of one length, the one added first wins.
type phraseIndex map[string][]phrase

// add indexes each phrase with value under its first word, or its last
// word when backward is set.
func (idx phraseIndex) add(value int, backward bool, phrases ...string) {
	for _, text := range phrases {
		p := phrase{words: strings.Fields(text), value: value}
		key := p.words[0]
		if backward {
			key = p.words[len(p.words)-1]
		}
		list := append(idx[key], p)
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
		idx[key] = list
	}
}

// matchAt returns the longest phrase that starts at token i and the index
// of its last token.
func (idx phraseIndex) matchAt(w *words, i int) (phrase, int, bool) {
	for _, p := range idx[w.word(i)] {
		if i+len(p.words) > w.len() {
			continue
		}
		if matchesForward(w, i, p.words) {
			return p, i + len(p.words) - 1, true
		}
	}
	return phrase{}, 0, false
}

func matchesForward(w *words, i int, phraseWords []string) bool {
	for k := 1; k < len(phraseWords); k++ {
		if !w.joined(i+k-1) || w.word(i+k) != phraseWords[k] {
			return false
		}
	}
	return true
}

// matchEnding returns the longest phrase of a backward index that ends at
// token last, and the index of its first token.
func (idx phraseIndex) matchEnding(w *words, last int) (phrase, int, bool) {
	if last < 0 {
		return phrase{}, 0, false
	}
	for _, p := range idx[w.word(last)] {
		first := last - len(p.words) + 1
		if first < 0 {
			continue
		}
		if matchesForward(w, first, p.words) && w.word(first) == p.words[0] {
			return p, first, true
		}
	}
	return phrase{}, 0, false
}

// phraseSet records the phrases found in one sentence so that each is
// reported once. It scans a short list and switches to a map past
// phraseSetScanMax entries, so a huge sentence costs linear time.
type phraseSet struct {
	list []string
	seen map[string]bool
}

const phraseSetScanMax = 16

// add records phrase and reports whether it was new.
func (s *phraseSet) add(phrase string) bool {
	if s.seen != nil {
		if s.seen[phrase] {
			return false
		}
		s.seen[phrase] = true
		return true
	}

	for _, existing := range s.list {
		if existing == phrase {
			return false
		}
	}
	s.list = append(s.list, phrase)

	if len(s.list) > phraseSetScanMax {
		s.seen = make(map[string]bool, 2*len(s.list))
		for _, existing := range s.list {
			s.seen[existing] = true
		}
	}
	return true
}
