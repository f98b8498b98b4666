package docx

import (
	"strings"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers/outline"
)

// builder turns the blocks of the body into sections, statements and
// tables, in document order.
type builder struct {
	doc    *model.Document
	styles *styleSheet

	text strings.Builder

	// sectionStarts holds, per section, the offset in text where its body
	// starts.
	sectionStarts []int

	// statementPaths holds, per section, the SectionPath its statements
	// share, a copy of the section's Path.
	statementPaths [][]string
	open           []int // indexes of the open sections, outermost first

	// lastContent is the ordinal of the last paragraph that added content.
	lastContent int

	firstTitle   string
	firstH1      string
	firstHeading string

	// tableHeadings holds, per table, its caption row or else the title of
	// the section it is in.
	tableHeadings []string
}

func newBuilder(doc *model.Document, styles *styleSheet) *builder {
	return &builder{doc: doc, styles: styles}
}

// block adds one block of the body.
func (b *builder) block(blk block) {
	if blk.para != nil {
		b.paragraph(blk.para)
		return
	}
	b.table(blk.table)
}

// paragraph adds a paragraph as a heading, a list item or a paragraph. The
// paragraph's own outline level overrides its style's, and its own
// numbering (numId 0 included) overrides the style's.
func (b *builder) paragraph(p *paragraph) {
	if p.text == "" {
		return
	}

	role := b.styles.role(p.style)
	if p.outline > 0 {
		role.level, role.title = headingLevel(p.outline), false
	}
	if p.numbering != 0 {
		role.list = p.numbering > 0
	}

	switch {
	case role.level > 0:
		b.openSection(p.text, role.level, p.ordinal)
	case role.title:
		if b.firstTitle == "" {
			b.firstTitle = oneLine(p.text)
		}
		b.openSection(p.text, 1, p.ordinal)
	case role.list:
		b.addStatement(p.text, model.SourceListItem, p.ordinal)
	default:
		b.addStatement(p.text, model.SourceParagraph, p.ordinal)
	}
}

func (b *builder) currentSection() int {
	if len(b.open) == 0 {
		return -1
	}
	return b.open[len(b.open)-1]
}

// writeBlock appends one block of plain text to the document text.
func (b *builder) writeBlock(text string) {
	b.text.WriteString(text)
	b.text.WriteByte('\n')
}

// addStatement records text as a statement of the current section.
func (b *builder) addStatement(text, source string, ordinal int) {
	if text == "" {
		return
	}

	section := b.currentSection()
	path := []string{}
	if section >= 0 {
		path = b.statementPaths[section]
	}

	b.writeBlock(text)
	b.doc.Statements = append(b.doc.Statements, outline.NewStatement(text, source, section, path, model.Location{Line: ordinal}))
	b.lastContent = max(b.lastContent, ordinal)
}

// openSection closes the open sections at level or deeper and starts a
// section for a heading.
func (b *builder) openSection(text string, level, ordinal int) {
	title := oneLine(text)
	for len(b.open) > 0 && b.doc.Sections[b.currentSection()].Level >= level {
		b.closeSection()
	}
	if b.firstHeading == "" {
		b.firstHeading = title
	}
	if b.firstH1 == "" && level == 1 {
		b.firstH1 = title
	}

	index := outline.AppendSection(b.doc, b.currentSection(), level, title, model.Location{Line: ordinal}, ordinal)
	path := b.doc.Sections[index].Path
	b.statementPaths = append(b.statementPaths, append([]string(nil), path...))
	b.open = append(b.open, index)

	b.addStatement(text, model.SourceHeading, ordinal)
	b.sectionStarts = append(b.sectionStarts, b.text.Len())
}

// closeSection ends the innermost open section at the last paragraph with
// content, which belongs to it or to one of its subsections.
func (b *builder) closeSection() {
	index := b.currentSection()
	b.open = b.open[:len(b.open)-1]

	section := &b.doc.Sections[index]
	section.EndLine = max(section.EndLine, b.lastContent)
	section.Text = strings.TrimRight(b.text.String()[b.sectionStarts[index]:], "\n")
}

// finish closes every section and fills the document text.
func (b *builder) finish() {
	for len(b.open) > 0 {
		b.closeSection()
	}
	b.doc.Text = strings.TrimRight(b.text.String(), "\n")
}

// oneLine joins the lines of a paragraph with spaces, for titles.
func oneLine(text string) string {
	return strings.ReplaceAll(text, "\n", " ")
}
