package pdf

import (
	"context"
	"fmt"
	"path"
	"strings"

	"github.com/ledongthuc/pdf"
	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
	"github.com/soc2lint/soc2lint/parsers/outline"
)

// parseDocument opens the PDF with the library, reads the text of every
// page and builds the Document.
func parseDocument(ctx context.Context, file parsers.File, data []byte, opts parsers.Options) (*model.Document, error) {
	reader, err := pdf.NewReader(byteReaderAt{ctx: ctx, data: data}, int64(len(data)))
	if err != nil {
		if ctx.Err() != nil {
			return nil, contextError(ctx, file, opts)
		}
		return nil, unreadable(file, "truncated or malformed PDF: %s: export it again", strings.TrimPrefix(err.Error(), "not a PDF file: "))
	}

	trailer := reader.Trailer()
	if !trailer.Key("Encrypt").IsNull() {
		return nil, fmt.Errorf("%s: the PDF is encrypted: export it without a password: %w", displayName(file), parsers.ErrEncrypted)
	}

	pages, problems := collectPages(trailer.Key("Root").Key("Pages"))
	if len(pages) == 0 {
		return nil, unreadable(file, "the PDF has no pages: export it again")
	}

	for _, length := range streamsPastEOF(data) {
		problems = append(problems, model.Problem{
			Severity: "warning",
			Message:  fmt.Sprintf("a stream declares /Length %d, past the end of the file; its text may be incomplete or contain stray words: re-export the PDF", length),
		})
	}

	ex := newExtractor(ctx)
	pageLines := make([][]*line, 0, len(pages))
	hasText := false
	for _, page := range pages {
		if ctx.Err() != nil {
			return nil, contextError(ctx, file, opts)
		}

		lines := layoutPage(page.number, ex.pageRuns(page))
		pageLines = append(pageLines, lines)
		hasText = hasText || len(lines) > 0
	}
	problems = append(problems, ex.problems...)

	if !hasText {
		return nil, unreadable(file, "no extractable text: OCR it first (the PDF has %d page(s) but no text layer)", len(pages))
	}

	blocks := buildBlocks(pageLines, pages)
	doc := assemble(file, blocks)
	doc.Problems = append(doc.Problems, problems...)

	info := trailer.Key("Info")
	applyMetadata(doc, file, blocks, documentInfo{
		title:  strings.TrimSpace(info.Key("Title").Text()),
		author: strings.TrimSpace(info.Key("Author").Text()),
	}, opts)
	return doc, nil
}

// assembler turns blocks into the sections, statements, tables and text of
// a Document.
type assembler struct {
	doc  *model.Document
	text strings.Builder

	// open holds the indexes of the sections that enclose the current
	// position, outermost first.
	open []int
}

func assemble(file parsers.File, blocks []*block) *model.Document {
	a := &assembler{doc: outline.NewDocument(file.Rel, model.FormatPDF)}

	for _, b := range blocks {
		switch b.kind {
		case blockFurniture:
			a.writeText(b.lines[0].text())
		case blockHeading:
			a.addHeading(b)
		case blockTable:
			a.addTable(b)
		default:
			a.addTextBlock(b)
		}
	}

	a.doc.Text = strings.TrimSuffix(a.text.String(), "\n")
	return a.doc
}

func (a *assembler) addHeading(b *block) {
	title := joinLines(b.lines, " ")
	first := b.lines[0]

	for len(a.open) > 0 && a.doc.Sections[a.open[len(a.open)-1]].Level >= b.level {
		a.open = a.open[:len(a.open)-1]
	}
	a.appendToSections(title)

	index := outline.AppendSection(a.doc, a.currentSection(), b.level, title, location(first), 0)
	a.open = append(a.open, index)

	a.addStatement(title, model.SourceHeading, first)
	a.writeText(title)
}

func (a *assembler) addTextBlock(b *block) {
	texts := make([]string, len(b.lines))
	for i, l := range b.lines {
		texts[i] = l.text()
	}

	a.writeText(strings.Join(texts, " "))

	source := model.SourceParagraph
	if b.kind == blockListItem {
		source = model.SourceListItem
		texts[0] = strings.TrimSpace(texts[0][listMarkerLength(texts[0]):])
	}

	a.addStatement(strings.Join(texts, "\n"), source, b.lines[0])
	a.appendToSections(strings.Join(texts, " "))
}

func (a *assembler) addTable(b *block) {
	t := b.table
	header, body, bodyLines := t.rows[0], t.rows[1:], t.lines[1:]
	if isMetadataKey(t.rows[0][0]) {
		header, body, bodyLines = []string{}, t.rows, t.lines
	}
	keyValue := isKeyValueTable(body)

	table := model.Table{
		Section:  a.currentSection(),
		Header:   header,
		Rows:     make([]model.Row, 0, len(body)),
		Location: location(t.lines[0]),
	}
	a.writeText(strings.Join(header, "\t"))

	for i, cells := range body {
		table.Rows = append(table.Rows, model.Row{Cells: cells, Location: location(bodyLines[i])})
		a.addStatement(rowStatement(header, cells, keyValue), model.SourceTableRow, bodyLines[i])
		a.appendToSections(strings.Join(cells, " "))
		a.writeText(strings.Join(cells, "\t"))
	}
	a.doc.Tables = append(a.doc.Tables, table)
}

// isKeyValueTable reports whether rows have two columns and most of them,
// two at least, name a document-control field in the first, as a
// "Document Control" table does.
func isKeyValueTable(rows [][]string) bool {
	keys := 0
	for _, row := range rows {
		if len(row) != 2 {
			return false
		}
		if isMetadataKey(row[0]) {
			keys++
		}
	}
	return keys >= 2 && keys*2 > len(rows)
}

// rowStatement writes a table row as "Header: cell; Header: cell", or as
// "key: value" for a row of a key-value table. Unlike outline.RowStatement,
// it drops a trailing colon from a header and writes a cell without a header
// alone, because a PDF table's header is a line of laid-out text that may
// read "Owner:" or be missing over a column.
func rowStatement(header, cells []string, keyValue bool) string {
	if keyValue && cells[0] != "" {
		return cells[0] + ": " + cells[1]
	}

	parts := make([]string, 0, len(cells))
	for i, c := range cells {
		if c == "" {
			continue
		}
		if name := strings.TrimSuffix(headerCell(header, i), ":"); name != "" {
			parts = append(parts, name+": "+c)
		} else {
			parts = append(parts, c)
		}
	}
	return strings.Join(parts, "; ")
}

func headerCell(header []string, i int) string {
	if i < len(header) {
		return strings.TrimSpace(header[i])
	}
	return ""
}

func (a *assembler) addStatement(text, source string, l *line) {
	section := a.currentSection()
	sectionPath := []string{}
	if section >= 0 {
		for _, title := range a.doc.Sections[section].Path {
			sectionPath = append(sectionPath, normalize(title))
		}
	}

	a.doc.Statements = append(a.doc.Statements, outline.NewStatement(text, source, section, sectionPath, location(l)))
}

// appendToSections adds text to the body of every open section, so that a
// section's text includes its subsections.
func (a *assembler) appendToSections(text string) {
	for _, index := range a.open {
		section := &a.doc.Sections[index]
		if section.Text != "" {
			section.Text += "\n"
		}
		section.Text += text
	}
}

func (a *assembler) currentSection() int {
	if len(a.open) == 0 {
		return -1
	}
	return a.open[len(a.open)-1]
}

func (a *assembler) writeText(text string) {
	if text == "" {
		return
	}
	a.text.WriteString(text)
	a.text.WriteByte('\n')
}

func location(l *line) model.Location {
	return model.Location{Page: l.page, Line: l.number}
}

func joinLines(lines []*line, separator string) string {
	texts := make([]string, len(lines))
	for i, l := range lines {
		texts[i] = l.text()
	}
	return strings.Join(texts, separator)
}

func nonEmpty(values []string) []string {
	out := make([]string, 0, len(values))
	for _, v := range values {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}

// fileTitle returns the file name without its extension.
func fileTitle(file parsers.File) string {
	name := path.Base(strings.ReplaceAll(displayName(file), "\\", "/"))
	return strings.TrimSuffix(name, path.Ext(name))
}
