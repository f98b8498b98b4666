package annotate

import (
	"slices"
	"unicode/utf8"

	"github.com/soc2lint/soc2lint/model"
)

// Document annotates a parsed document in place. It splits paragraph and
// list-item statements into sentences, keeps headings, table rows and
// statements of other sources whole, joins the lines of each statement with
// spaces, and fills Norm, Modality, Frequencies, Durations and Vague of
// every statement. It then sets Language, and Kind when the parser left it
// empty. Statements whose text is only white space are dropped. A nil
// document is left alone.
//
// A sentence keeps the Location of its block, with Line moved down by the
// line breaks before the sentence when the block has a line number.
func Document(doc *model.Document) {
	if doc == nil {
		return
	}

	doc.Statements = annotateStatements(doc.Statements)
	doc.Language = documentLanguage(doc)

	if doc.Kind == "" {
		doc.Kind = DetectKind(doc)
	}
}

// annotateStatements returns the sentences of blocks, annotated.
func annotateStatements(blocks []model.Statement) []model.Statement {
	out := make([]model.Statement, 0, len(blocks))

	var a annotator
	for _, block := range blocks {
		path := a.paths.normalize(block.SectionPath)

		if !splits(block.Source) {
			out = a.appendAnnotated(out, block, block.Text, 0, path)
			continue
		}
		for _, s := range splitSentences(block.Text) {
			out = a.appendAnnotated(out, block, s.text, s.lineDelta, path)
		}
	}
	return out
}

// annotator keeps the buffers reused from one statement to the next.
type annotator struct {
	paths  sectionPathCache
	tokens []token
}

// splits reports whether statements of a source are split into sentences.
func splits(source string) bool {
	return source == model.SourceParagraph || source == model.SourceListItem
}

// appendAnnotated appends a statement built from block with the given text,
// unless the text is blank.
func (a *annotator) appendAnnotated(out []model.Statement, block model.Statement, text string, lineDelta int, path []string) []model.Statement {
	text = joinLines(text)
	if text == "" {
		return out
	}

	s := block
	s.Text = text
	s.Norm = Normalize(text)
	s.SectionPath = path
	if s.Line > 0 {
		s.Line += lineDelta
	}

	w := newWords(s.Norm, a.tokens)
	a.tokens = w.tokens
	s.Modality = modality(text, &w)
	s.Frequencies = frequencies(&w)
	s.Durations = durations(&w)
	s.Vague = vague(&w)

	return append(out, s)
}

// sectionPathCache normalizes section paths, reusing the result while
// consecutive blocks share a path, which is the usual case. Statements of
// one section share the returned slice, so callers must not modify it.
type sectionPathCache struct {
	raw, normalized []string
}

func (c *sectionPathCache) normalize(path []string) []string {
	if c.normalized != nil && slices.Equal(path, c.raw) {
		return c.normalized
	}

	normalized := make([]string, len(path))
	for i, title := range path {
		normalized[i] = Normalize(title)
	}
	c.raw, c.normalized = path, normalized
	return normalized
}

// documentLanguage detects the language from the annotated statements, or
// from Text when the document has none.
func documentLanguage(doc *model.Document) string {
	var counter languageCounter
	if len(doc.Statements) == 0 {
		counter.add(Normalize(prefix(doc.Text, languageSampleBytes)))
		return counter.language()
	}

	for _, s := range doc.Statements {
		counter.add(s.Norm)
		if counter.words >= maxWordsRead {
			break
		}
	}
	return counter.language()
}

// languageSampleBytes bounds the text normalized for language detection;
// it holds far more than the maxWordsRead words that are counted.
const languageSampleBytes = 1 << 20

// prefix returns at most n bytes of s, cut at a rune boundary.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
