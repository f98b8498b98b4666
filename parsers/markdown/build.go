package markdown

import (
	"strings"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers/outline"
)

// span is a range of the document text.
type span struct{ start, end int }

// builder collects sections, statements and tables in document order. It
// writes every block's plain text once into text, and statements and
// sections keep ranges of it, so a large file's text is held once.
type builder struct {
	doc   *model.Document
	full  []byte // the whole text, as parsed
	lines *lineIndex

	text           strings.Builder
	statementSpans []span
	sectionSpans   []span
	pseudoSection  []bool

	// statementPaths holds, per section, the SectionPath its statements
	// share: a copy of the section's Path, so that normalizing it in place
	// leaves Section.Path as written.
	statementPaths  [][]string
	open            []int // indexes of the open sections, outermost first
	lastContentLine int

	firstH1      string
	firstHeading string

	// tableHeadings holds, per table, the title of the section it is in.
	tableHeadings []string

	plainParagraphs simplification
	extraCells      simplification
}

func newBuilder(doc *model.Document, full []byte, lines *lineIndex) *builder {
	return &builder{doc: doc, full: full, lines: lines}
}

// currentSection returns the index of the innermost open section, or -1.
func (b *builder) currentSection() int {
	if len(b.open) == 0 {
		return -1
	}
	return b.open[len(b.open)-1]
}

// writeBlock appends one block of plain text to the document text.
func (b *builder) writeBlock(text string) span {
	start := b.text.Len()
	b.text.WriteString(text)
	end := b.text.Len()
	b.text.WriteByte('\n')
	return span{start, end}
}

// addStatement records a block as a statement of the current section. The
// text is filled in by finish from the document text.
func (b *builder) addStatement(text, source string, line, endLine int) {
	if text == "" {
		return
	}

	section := b.currentSection()
	path := []string{}
	if section >= 0 {
		path = b.statementPaths[section]
	}

	b.statementSpans = append(b.statementSpans, b.writeBlock(text))
	b.doc.Statements = append(b.doc.Statements, outline.NewStatement("", source, section, path, model.Location{Line: line}))
	b.seeContent(endLine)
}

func (b *builder) seeContent(endLine int) {
	b.lastContentLine = max(b.lastContentLine, endLine)
}

// openSection starts a section for a heading. A real heading closes the
// open sections at its level or deeper. A pseudo-heading (a bold line) closes
// the pseudo-sections before it and sits one level below the section it is
// in.
func (b *builder) openSection(title string, level int, pseudo bool, line, endLine int) {
	if pseudo {
		for len(b.open) > 0 && b.pseudoSection[b.currentSection()] {
			b.closeSection()
		}
		level = 1
		if parent := b.currentSection(); parent >= 0 {
			level = b.doc.Sections[parent].Level + 1
		}
	} else {
		for len(b.open) > 0 && b.doc.Sections[b.currentSection()].Level >= level {
			b.closeSection()
		}
		if b.firstHeading == "" {
			b.firstHeading = title
		}
		if b.firstH1 == "" && level == 1 {
			b.firstH1 = title
		}
	}

	index := outline.AppendSection(b.doc, b.currentSection(), level, title, model.Location{Line: line}, endLine)
	path := b.doc.Sections[index].Path
	b.pseudoSection = append(b.pseudoSection, pseudo)
	b.statementPaths = append(b.statementPaths, append([]string(nil), path...))
	b.open = append(b.open, index)

	b.addStatement(title, model.SourceHeading, line, endLine)
	b.sectionSpans = append(b.sectionSpans, span{start: b.text.Len()})
}

// closeSection ends the innermost open section at the last content line
// seen, which belongs to it or to one of its subsections.
func (b *builder) closeSection() {
	index := b.currentSection()
	b.open = b.open[:len(b.open)-1]

	section := &b.doc.Sections[index]
	section.EndLine = max(section.EndLine, b.lastContentLine)
	b.sectionSpans[index].end = b.text.Len()
}

// finish closes every section and fills the text of the document, its
// sections and its statements from the collected spans.
func (b *builder) finish() {
	for len(b.open) > 0 {
		b.closeSection()
	}

	full := b.text.String()
	b.doc.Text = strings.TrimRight(full, "\n")

	for i, s := range b.statementSpans {
		b.doc.Statements[i].Text = full[s.start:s.end]
	}
	for i, s := range b.sectionSpans {
		b.doc.Sections[i].Text = strings.TrimRight(full[s.start:s.end], "\n")
	}
}
