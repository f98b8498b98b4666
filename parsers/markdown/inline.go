package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// lineBreak is the character a soft or hard line break becomes in plain text.
type lineBreak byte

const (
	// keepBreaks writes line breaks as "\n", as paragraphs keep them.
	keepBreaks lineBreak = '\n'
	// joinBreaks writes line breaks as a space, for headings and cells.
	joinBreaks lineBreak = ' '
)

// plainText returns the text of the inline children of n without markup:
// emphasis, links and code spans are reduced to their text, images to their
// alternative text, backslash escapes and entities are resolved and raw
// HTML (comments included) is dropped. Trailing spaces of each line and
// surrounding white space are removed.
func plainText(n ast.Node, src []byte, breaks lineBreak) string {
	var b strings.Builder
	writeInline(&b, n, src, breaks)
	return tidyLines(b.String())
}

func writeInline(b *strings.Builder, n ast.Node, src []byte, breaks lineBreak) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch v := c.(type) {
		case *ast.Text:
			value := v.Segment.Value(src)
			if v.IsRaw() {
				b.Write(value)
			} else {
				b.Write(resolveEscapes(value))
			}
			if v.SoftLineBreak() || v.HardLineBreak() {
				b.WriteByte(byte(breaks))
			}
		case *ast.String:
			if v.IsCode() || v.IsRaw() {
				b.Write(v.Value)
			} else {
				b.Write(resolveEscapes(v.Value))
			}
		case *ast.CodeSpan:
			writeCodeSpan(b, v, src)
		case *ast.AutoLink:
			b.Write(v.Label(src))
		case *ast.RawHTML:
			if isLineBreakTag(v, src) {
				b.WriteByte(byte(breaks))
			}
		default:
			writeInline(b, c, src, breaks)
		}
	}
}

// writeCodeSpan writes the content of a code span; a line ending inside it
// is a space, as CommonMark renders it.
func writeCodeSpan(b *strings.Builder, span *ast.CodeSpan, src []byte) {
	for c := span.FirstChild(); c != nil; c = c.NextSibling() {
		text, ok := c.(*ast.Text)
		if !ok {
			continue
		}
		value := text.Segment.Value(src)
		if bytes.HasSuffix(value, []byte("\n")) {
			b.Write(value[:len(value)-1])
			b.WriteByte(' ')
			continue
		}
		b.Write(value)
	}
}

// resolveEscapes applies backslash escapes and character references.
func resolveEscapes(value []byte) []byte {
	if bytes.IndexByte(value, '\\') >= 0 {
		value = util.UnescapePunctuations(value)
	}
	if bytes.IndexByte(value, '&') >= 0 {
		value = util.ResolveNumericReferences(value)
		value = util.ResolveEntityNames(value)
	}
	return value
}

// isLineBreakTag reports whether raw HTML is a <br> tag, which templates use
// for line breaks inside table cells.
func isLineBreakTag(html *ast.RawHTML, src []byte) bool {
	if html.Segments.Len() != 1 {
		return false
	}
	segment := html.Segments.At(0)
	tag := strings.ToLower(string(segment.Value(src)))
	tag = strings.TrimSpace(strings.Trim(tag, "<>/"))
	tag = strings.TrimSpace(strings.TrimSuffix(tag, "/"))
	return tag == "br"
}

// tidyLines trims trailing spaces from every line and white space around
// the whole text.
func tidyLines(s string) string {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, " \n") && !strings.Contains(s, "\t\n") {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = strings.TrimRight(line, " \t")
	}
	return strings.Join(lines, "\n")
}
