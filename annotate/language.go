package annotate

import (
	"strings"

	"github.com/soc2lint/soc2lint/model"
)

// Stop words that tell English, Spanish and French apart, in normalized
// form. Words the languages share ("de", "la", "en", "que", "a", "se", "son",
// "on") are left out. French is a class of its own so that French text,
// which shares much vocabulary with Spanish, is not taken for Spanish.
var (
	englishStopWords = setOf(
		"the", "and", "of", "to", "is", "are", "be", "for", "with", "that", "this", "must",
		"shall", "or", "by", "all", "from", "will", "an", "as", "it", "should", "any", "in",
		"which", "have", "has", "not", "their", "its", "at", "these", "those", "been",
	)
	spanishStopWords = setOf(
		"el", "los", "las", "del", "y", "por", "con", "para", "una", "es", "al", "lo", "como",
		"mas", "su", "sus", "este", "esta", "estos", "estas", "debe", "deben", "cada", "sobre",
		"pero", "sin", "ser", "muy", "ya", "cuando", "tambien", "todos", "todas", "segun",
	)
	frenchStopWords = setOf(
		"le", "les", "des", "du", "et", "est", "une", "pour", "dans", "sur", "par", "au", "aux",
		"qui", "ne", "pas", "sont", "ce", "cette", "ces", "leur", "leurs", "avec", "doit",
		"doivent", "etre", "ou", "l", "d", "il", "elle", "nous", "vous", "tous", "toutes",
	)
)

// Thresholds of language detection. Below minWords the text is too short to
// tell. The winning language needs minShare of all words to be stop words of
// its own, and twice the hits of the runner-up.
const (
	minWords        = 20
	minShare        = 0.08
	maxWordsRead    = 50_000
	winnerDominance = 2
)

// DetectLanguage returns "en" or "es" for text in English or Spanish, and ""
// when the text has fewer than 20 words, is in another language (French
// included) or mixes languages too evenly to tell. It reads the first 50,000
// words.
func DetectLanguage(text string) string {
	var counter languageCounter
	counter.add(Normalize(prefix(text, languageSampleBytes)))
	return counter.language()
}

// languageCounter counts stop-word hits per language over normalized text.
type languageCounter struct {
	words, english, spanish, french int
}

// add counts the words of one normalized text, up to maxWordsRead in all so
// that a huge document costs no more than a long one.
func (c *languageCounter) add(norm string) {
	for len(norm) > 0 && c.words < maxWordsRead {
		start := strings.IndexFunc(norm, isLetter)
		if start < 0 {
			return
		}
		norm = norm[start:]

		end := strings.IndexFunc(norm, notLetter)
		if end < 0 {
			end = len(norm)
		}
		word := norm[:end]
		norm = norm[end:]

		c.words++
		switch {
		case englishStopWords[word]:
			c.english++
		case spanishStopWords[word]:
			c.spanish++
		case frenchStopWords[word]:
			c.french++
		}
	}
}

func isLetter(r rune) bool  { return r >= 'a' && r <= 'z' || r >= 0x80 }
func notLetter(r rune) bool { return !isLetter(r) }

// language decides from the counts.
func (c *languageCounter) language() string {
	if c.words < minWords {
		return ""
	}

	type score struct {
		lang string
		hits int
	}
	scores := []score{{model.LangEnglish, c.english}, {model.LangSpanish, c.spanish}, {"fr", c.french}}
	best, second := scores[0], score{}
	for _, s := range scores[1:] {
		switch {
		case s.hits > best.hits:
			best, second = s, best
		case s.hits > second.hits:
			second = s
		}
	}

	if float64(best.hits) < minShare*float64(c.words) || best.hits < winnerDominance*second.hits {
		return ""
	}
	if best.lang == "fr" {
		return ""
	}
	return best.lang
}
