package markdown

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// chunkBytes is the size from which the body is cut into separately parsed
// chunks, so that a large file is not held as one syntax tree and the
// context is checked between chunks.
const chunkBytes = 256 << 10

// htmlBlockEnds maps the start of a CommonMark HTML block of types 1 to 5,
// which may hold blank lines, to the text that ends it.
var htmlBlockEnds = []struct{ start, end string }{
	{"<!--", "-->"},
	{"<![CDATA[", "]]>"},
	{"<?", "?>"},
	{"<script", "</script>"},
	{"<pre", "</pre>"},
	{"<style", "</style>"},
	{"<textarea", "</textarea>"},
	{"<!", ">"},
}

// splitChunks cuts src[start:] into ranges of about chunkBytes. A cut is
// made only before a line at column 0 that starts with `#`, `|` or a letter
// and follows a blank line outside a fenced code block or a multi-line HTML
// block: such a line cannot continue any open block, so parsing the pieces
// apart gives the same blocks as parsing the whole.
//
// TODO: a link reference definition in one chunk does not resolve a link in
// another; files under chunkBytes are not affected.
func splitChunks(src []byte, start int) [][2]int {
	var (
		chunks     [][2]int
		chunkStart = start
		blank      = true
		fence      []byte
		htmlEnd    string
	)

	for offset := start; offset < len(src); {
		line := nextLine(src, offset)
		offset = line.end

		switch {
		case fence != nil:
			if closesFence(line.text, fence) {
				fence = nil
			}
		case htmlEnd != "":
			if bytes.Contains(bytes.ToLower(line.text), []byte(htmlEnd)) {
				htmlEnd = ""
			}
		default:
			if blank && line.start-chunkStart >= chunkBytes && startsTopLevelBlock(line.text) {
				chunks = append(chunks, [2]int{chunkStart, line.start})
				chunkStart = line.start
			}
			fence = openingFence(line.text)
			htmlEnd = openingHTMLBlock(line.text)
		}
		blank = len(bytes.TrimSpace(line.text)) == 0
	}

	return append(chunks, [2]int{chunkStart, len(src)})
}

func startsTopLevelBlock(line []byte) bool {
	if len(line) == 0 {
		return false
	}
	if line[0] == '#' || line[0] == '|' {
		return true
	}
	r, _ := utf8.DecodeRune(line)
	return unicode.IsLetter(r)
}

// openingFence returns the fence marker (three or more backticks or tildes)
// that line opens, or nil.
func openingFence(line []byte) []byte {
	trimmed := bytes.TrimLeft(line, " ")
	if len(line)-len(trimmed) > 3 || len(trimmed) < 3 {
		return nil
	}
	c := trimmed[0]
	if c != '`' && c != '~' {
		return nil
	}
	n := 0
	for n < len(trimmed) && trimmed[n] == c {
		n++
	}
	if n < 3 || (c == '`' && bytes.IndexByte(trimmed[n:], '`') >= 0) {
		return nil
	}
	return trimmed[:n]
}

func closesFence(line, fence []byte) bool {
	trimmed := bytes.TrimLeft(line, " ")
	if len(line)-len(trimmed) > 3 {
		return false
	}
	n := 0
	for n < len(trimmed) && trimmed[n] == fence[0] {
		n++
	}
	return n >= len(fence) && len(bytes.TrimSpace(trimmed[n:])) == 0
}

// openingHTMLBlock returns the end marker of the multi-line HTML block that
// line opens and does not close, or "".
func openingHTMLBlock(line []byte) string {
	trimmed := bytes.TrimLeft(line, " ")
	if len(line)-len(trimmed) > 3 || len(trimmed) == 0 || trimmed[0] != '<' {
		return ""
	}
	lower := bytes.ToLower(trimmed)
	for _, block := range htmlBlockEnds {
		if !bytes.HasPrefix(lower, []byte(block.start)) {
			continue
		}
		if bytes.Contains(lower[len(block.start):], []byte(block.end)) {
			return ""
		}
		return block.end
	}
	return ""
}
