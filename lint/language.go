package lint

import (
	"strings"
	"unicode"

	"github.com/soc2lint/soc2lint/finding"
	"github.com/soc2lint/soc2lint/model"
)

// RuleLanguageUnsupported marks a governing document whose language the
// annotator could not tell as English or Spanish.
const RuleLanguageUnsupported = "language-unsupported"

// minUnsupportedWords is the amount of running text from which a document
// of undetermined language is reported: words in sentences of at least
// minSentenceWords words. The annotator also leaves Language empty for
// texts under 20 words and can leave it empty for lists of names, addresses
// and links. Neither a stub nor a contact list is worth a finding.
const (
	minUnsupportedWords = 50
	minSentenceWords    = 8
)

// languageFindings reports each governing document (policy, procedure,
// plan or standard) with at least minUnsupportedWords words of running text
// whose Language is empty. The content rules match English and Spanish
// wording only, so such a document would otherwise pass them silently, with
// metadata findings alone.
func languageFindings(docs []*model.Document) []finding.Finding {
	rule := problemRule(RuleLanguageUnsupported)

	var out []finding.Finding
	for _, doc := range docs {
		if !unsupportedLanguage(doc) {
			continue
		}
		out = append(out, problemFinding(rule, doc.File, model.Location{},
			"The document's language was not recognized as English or Spanish, so its content checks were skipped. Metadata and placeholder checks still ran.",
			"No se reconoció el idioma del documento como inglés ni como español, así que se omitieron las comprobaciones de contenido. Las de metadatos y marcadores de posición sí se hicieron."))
	}
	return out
}

// unsupportedLanguage reports whether doc is a governing document of
// undetermined language and long enough to tell.
func unsupportedLanguage(doc *model.Document) bool {
	if doc.Language != "" || doc.Evidence != nil {
		return false
	}

	switch doc.Kind {
	case model.KindPolicy, model.KindProcedure, model.KindPlan, model.KindStandard:
	default:
		return false
	}
	return countProseWords(doc) >= minUnsupportedWords
}

// countProseWords counts the words that contain a letter in the sentences
// of doc with at least minSentenceWords such words. Headings do not count.
func countProseWords(doc *model.Document) int {
	total := 0
	for _, s := range doc.Statements {
		if s.Source == model.SourceHeading {
			continue
		}
		if n := countLetterWords(s.Text); n >= minSentenceWords {
			total += n
		}
	}
	return total
}

func countLetterWords(text string) int {
	n := 0
	for _, field := range strings.Fields(text) {
		if strings.IndexFunc(field, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}
