package markdown

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/soc2lint/soc2lint/model"
)

// maxPseudoHeadingRunes bounds the length of a bold line taken as a heading.
const maxPseudoHeadingRunes = 120

// chunkWalker turns the syntax tree of one chunk into blocks of the builder.
// Offsets in the tree are relative to src, which starts at base in the
// whole text.
type chunkWalker struct {
	*builder
	src  []byte
	base int

	// merged is a paragraph already added as part of the block before it.
	merged ast.Node
}

func (w *chunkWalker) line(offset int) int {
	return w.lines.line(w.base + offset)
}

// firstLine returns the line a block starts on.
func (w *chunkWalker) firstLine(n ast.Node) int {
	if n.Type() == ast.TypeBlock {
		if lines := n.Lines(); lines != nil && lines.Len() > 0 {
			return w.line(lines.At(0).Start)
		}
	}
	if n.Pos() >= 0 {
		return w.line(n.Pos())
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if line := w.firstLine(c); line > 0 {
			return line
		}
	}
	return 0
}

// lastLine returns the line a leaf block ends on.
func (w *chunkWalker) lastLine(n ast.Node) int {
	lines := n.Lines()
	if lines == nil || lines.Len() == 0 {
		return w.firstLine(n)
	}
	last := lines.At(lines.Len() - 1)
	return w.line(max(last.Start, last.Stop-1))
}

// block handles one block and its children.
func (w *chunkWalker) block(n ast.Node) {
	if n == w.merged {
		return
	}

	switch v := n.(type) {
	case *ast.Heading:
		w.heading(v)
	case *ast.Paragraph:
		if title, ok := w.pseudoHeading(v); ok {
			line := w.firstLine(v)
			w.openSection(title, 0, true, line, line)
			return
		}
		w.paragraph(v)
	case *ast.TextBlock:
		w.paragraph(v)
	case *plainParagraph:
		w.plainParagraph(v)
	case *ast.ListItem:
		w.listItem(v)
	case *ast.FencedCodeBlock:
		w.writeBlock(strings.TrimRight(string(linesValue(v, w.src)), "\n"))
		w.seeContent(w.lastLine(v) + 1)
	case *ast.CodeBlock:
		w.indentedCode(v)
	case *ast.HTMLBlock:
		w.htmlBlock(v)
	case *east.Table:
		w.table(v)
	case *ast.ThematicBreak:
	default:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			w.block(c)
		}
	}
}

func (w *chunkWalker) heading(h *ast.Heading) {
	title := plainText(h, w.src, joinBreaks)
	line := w.firstLine(h)
	endLine := line
	if !w.isATX(h) {
		// A setext heading ends on its underline.
		endLine = w.lastLine(h) + 1
	}
	w.openSection(title, h.Level, false, line, endLine)
}

// isATX reports whether h starts with `#`, as opposed to a setext heading
// underlined with `=` or `-`, whose text cannot start with an unescaped `#`.
func (w *chunkWalker) isATX(h *ast.Heading) bool {
	pos := h.Pos()
	if pos < 0 || pos >= len(w.src) {
		return true
	}
	rest := bytes.TrimLeft(w.src[pos:], " \t")
	return len(rest) > 0 && rest[0] == '#'
}

func (w *chunkWalker) paragraph(p ast.Node) {
	w.addStatement(plainText(p, w.src, keepBreaks), model.SourceParagraph, w.firstLine(p), w.lastLine(p))
}

func (w *chunkWalker) plainParagraph(p *plainParagraph) {
	line := w.firstLine(p)
	w.plainParagraphs.add(line)
	w.addStatement(plainLines(p, w.src), model.SourceParagraph, line, w.lastLine(p))
}

// listItem adds the item's own text (its paragraphs) as one statement, then
// handles its other blocks, nested lists included, as statements of their
// own.
func (w *chunkWalker) listItem(item *ast.ListItem) {
	var (
		parts []string
		line  int
		end   int
	)
	for c := item.FirstChild(); c != nil; c = c.NextSibling() {
		var text string
		switch v := c.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			text = plainText(v, w.src, keepBreaks)
		case *plainParagraph:
			w.plainParagraphs.add(w.firstLine(v))
			text = plainLines(v, w.src)
		default:
			continue
		}
		if text == "" {
			continue
		}
		if line == 0 {
			line = w.firstLine(c)
		}
		end = w.lastLine(c)
		parts = append(parts, text)
	}
	w.addStatement(strings.Join(parts, "\n"), model.SourceListItem, line, end)

	for c := item.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.(type) {
		case *ast.Paragraph, *ast.TextBlock, *plainParagraph:
		default:
			w.block(c)
		}
	}
}

// indentedCode adds each blank-line separated group of an indented code
// block as a paragraph statement. Policies converted from other formats
// often indent prose by four spaces, which CommonMark reads as code, so
// taking it as text keeps those requirements visible to the rules. A paragraph on
// the line right after the block is the unindented rest of its last
// sentence, so it joins the last group.
func (w *chunkWalker) indentedCode(code *ast.CodeBlock) {
	lines := code.Lines()
	var (
		group []string
		first int
		last  int
	)
	flush := func() {
		if len(group) > 0 {
			w.addStatement(strings.Join(group, "\n"), model.SourceParagraph, first, last)
		}
		group = group[:0]
	}

	for i := 0; i < lines.Len(); i++ {
		segment := lines.At(i)
		text := strings.TrimSpace(string(segment.Value(w.src)))
		if text == "" {
			flush()
			continue
		}
		line := w.line(segment.Start)
		if len(group) == 0 {
			first = line
		}
		last = line
		group = append(group, text)
	}

	if next, ok := code.NextSibling().(*ast.Paragraph); ok && len(group) > 0 && w.firstLine(next) == last+1 {
		group = append(group, plainText(next, w.src, keepBreaks))
		last = w.lastLine(next)
		w.merged = next
	}
	flush()
}

// pseudoHeading reports whether p is a bold line used as a heading, such as
// `**3.1 Risk Management Framework**` alone in a top-level paragraph, and
// returns its title. Lines that end like a sentence or a label (`.`, `:`),
// and bare placeholders such as `**[Company Name]**`, are not headings.
func (w *chunkWalker) pseudoHeading(p *ast.Paragraph) (string, bool) {
	if p.Parent() == nil || p.Parent().Kind() != ast.KindDocument || p.Lines().Len() != 1 {
		return "", false
	}
	strong, ok := p.FirstChild().(*ast.Emphasis)
	if !ok || strong.Level != 2 || strong.NextSibling() != nil {
		return "", false
	}

	title := plainText(strong, w.src, joinBreaks)
	if title == "" || utf8.RuneCountInString(title) > maxPseudoHeadingRunes {
		return "", false
	}
	if strings.HasPrefix(title, "[") && strings.HasSuffix(title, "]") {
		return "", false
	}
	last, _ := utf8.DecodeLastRuneInString(title)
	if strings.ContainsRune(".,;:!?", last) {
		return "", false
	}
	if strings.IndexFunc(title, unicode.IsLetter) < 0 {
		return "", false
	}
	return title, true
}

func linesValue(n ast.Node, src []byte) []byte {
	var b bytes.Buffer
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		segment := lines.At(i)
		b.Write(segment.Value(src))
	}
	return b.Bytes()
}
