package markdown

import (
	"bytes"
	"fmt"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/soc2lint/soc2lint/model"
)

// Bounds on the input that goldmark v1.8.7 parses in time that grows faster
// than the input. Measured on that version: one paragraph of interleaved `*`
// and `_` takes time quadratic in its delimiters, as does a run of unclosed
// `[a](` links, a quote nested n levels deep and a list indented n levels.
// Text within the bounds parses in linear time; text beyond them is
// simplified and reported.
const (
	// maxInlineDelimiters is the weight of unescaped `*`, `_`, `[`, backtick
	// and `<` characters one paragraph or one line may hold before its text
	// is kept as written instead of parsed for emphasis, links and code.
	// A `[` weighs linkOpenerWeight, the others 1.
	maxInlineDelimiters = 1000

	// linkOpenerWeight is the weight of `[`: an unclosed link costs a scan
	// to the end of the paragraph, several times the cost of an emphasis
	// delimiter.
	linkOpenerWeight = 4

	// maxNesting is the deepest list or quote nesting kept on one line.
	maxNesting = 32

	// maxIndentColumns is the widest indentation kept before a list item or
	// quote marker.
	maxIndentColumns = 128
)

// delimiterWeights gives the weight of the characters that open emphasis,
// links, code spans and inline HTML; other characters weigh 0.
var delimiterWeights = [256]int{'*': 1, '_': 1, '[': linkOpenerWeight, '`': 1, '<': 1}

// simplification counts lines of one kind that were simplified, so that a
// hostile file yields one problem per kind, not one per line.
type simplification struct {
	first int
	count int
}

func (s *simplification) add(line int) {
	if s.count == 0 {
		s.first = line
	}
	s.count++
}

// boundSource returns src with every line that holds more than
// maxInlineDelimiters delimiters escaped, so that goldmark reads them as
// literal characters, and with container prefixes deeper than maxNesting
// markers or maxIndentColumns columns cut. Line breaks are never added or
// removed, so line numbers are unchanged. src itself is not modified; when
// nothing needs a change, the returned text is nil.
func boundSource(src []byte) ([]byte, []model.Problem) {
	var (
		out       []byte
		escaped   simplification
		flattened simplification
	)

	for offset, n := 0, 1; offset < len(src); n++ {
		line := nextLine(src, offset)
		offset = line.end

		prefixEnd, lastMarker, cut := containerPrefix(line.text)
		tooDeep := cut >= 0
		tooManyDelimiters := countDelimiters(line.text[prefixEnd:]) > maxInlineDelimiters
		if !tooDeep && !tooManyDelimiters {
			if out != nil {
				out = append(out, src[line.start:line.end]...)
			}
			continue
		}

		if out == nil {
			out = make([]byte, 0, len(src)+len(src)/8)
			out = append(out, src[:line.start]...)
		}
		if tooDeep {
			// Keep the prefix up to the bound and the last marker, so that a
			// deeper item stays an item, one level below the bound.
			flattened.add(n)
			out = append(out, line.text[:cut]...)
			if lastMarker >= cut {
				out = append(out, markerAt(line.text, lastMarker)...)
			}
			out = append(out, ' ')
		} else {
			out = append(out, line.text[:prefixEnd]...)
		}
		if tooManyDelimiters {
			escaped.add(n)
			out = appendEscaped(out, line.text[prefixEnd:])
		} else {
			out = append(out, line.text[prefixEnd:]...)
		}
		out = append(out, src[line.start+len(line.text):line.end]...)
	}

	var problems []model.Problem
	if escaped.count > 0 {
		problems = append(problems, simplifiedProblem(escaped, fmt.Sprintf(
			"has emphasis, link and code delimiters over the limit of %d (`*`, `_`, `[`, backtick, `<`), so its text is kept as written with the markup characters in it; split the text into shorter paragraphs", maxInlineDelimiters)))
	}
	if flattened.count > 0 {
		problems = append(problems, simplifiedProblem(flattened, fmt.Sprintf(
			"nests lists or block quotes more than %d levels or %d columns deep, so deeper levels are read as that level; flatten the nesting", maxNesting, maxIndentColumns)))
	}
	return out, problems
}

// simplifiedProblem describes s, whose lines all share one reason.
func simplifiedProblem(s simplification, reason string) model.Problem {
	subject := fmt.Sprintf("line %d", s.first)
	if s.count > 1 {
		subject = fmt.Sprintf("line %d (and %d more lines)", s.first, s.count-1)
	}
	return model.Problem{
		Severity: "warning",
		Message:  subject + " " + reason,
		Location: model.Location{Line: s.first},
	}
}

// containerPrefix scans the list item and block quote markers and the
// indentation at the start of line. It returns where the prefix ends, where
// its last marker starts (or -1) and, when the prefix holds more than
// maxNesting markers or reaches past maxIndentColumns, the offset of the
// first token beyond those bounds, else -1.
func containerPrefix(line []byte) (end, lastMarker, cut int) {
	markers, column := 0, 0
	lastMarker, cut = -1, -1

	i := 0
	for i < len(line) {
		token := i
		switch c := line[i]; {
		case c == ' ':
			column++
			i++
		case c == '\t':
			column += 4 - column%4
			i++
		case c == '>':
			lastMarker = i
			markers++
			column++
			i++
		case (c == '-' || c == '+' || c == '*') && i+1 < len(line) && (line[i+1] == ' ' || line[i+1] == '\t'):
			lastMarker = i
			markers++
			column++
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 >= len(line) || (line[j] != '.' && line[j] != ')') || (line[j+1] != ' ' && line[j+1] != '\t') {
				return i, lastMarker, cut
			}
			lastMarker = i
			markers++
			column += j + 1 - i
			i = j + 1
		default:
			return i, lastMarker, cut
		}
		if cut < 0 && (markers > maxNesting || column > maxIndentColumns) {
			cut = token
		}
	}
	return i, lastMarker, cut
}

// markerAt returns the list item or block quote marker that starts at i.
func markerAt(line []byte, i int) []byte {
	j := i
	for j < len(line) && line[j] >= '0' && line[j] <= '9' {
		j++
	}
	return line[i : j+1]
}

// countDelimiters returns the weight of the unescaped inline delimiters in b.
func countDelimiters(b []byte) int {
	count := 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == '\\' && i+1 < len(b) && isASCIIPunct(b[i+1]) {
			i++
			continue
		}
		count += delimiterWeights[c]
	}
	return count
}

// appendEscaped appends b with a backslash before every unescaped inline
// delimiter, which CommonMark reads as the literal character.
func appendEscaped(out, b []byte) []byte {
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == '\\' && i+1 < len(b) && isASCIIPunct(b[i+1]) {
			out = append(out, c, b[i+1])
			i++
			continue
		}
		if delimiterWeights[c] > 0 || c == ']' {
			out = append(out, '\\')
		}
		out = append(out, c)
	}
	return out
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// kindPlainParagraph is the node kind of plainParagraph.
var kindPlainParagraph = ast.NewNodeKind("PlainParagraph")

// plainParagraph is a paragraph whose inline content is not parsed because
// it holds more than maxInlineDelimiters delimiters; its text is its source
// lines as written.
type plainParagraph struct {
	ast.BaseBlock
}

func (n *plainParagraph) Kind() ast.NodeKind { return kindPlainParagraph }

// IsRaw makes goldmark skip inline parsing of the node.
func (n *plainParagraph) IsRaw() bool { return true }

func (n *plainParagraph) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// delimiterBudget replaces paragraphs over maxInlineDelimiters with a
// plainParagraph. It runs after the table transformer, so a table's cells
// are not counted together: each cell is a line, which boundSource bounds.
type delimiterBudget struct{}

func (delimiterBudget) Transform(node *ast.Paragraph, reader text.Reader, _ parser.Context) {
	src := reader.Source()
	lines := node.Lines()

	count := 0
	for i := 0; i < lines.Len(); i++ {
		segment := lines.At(i)
		count += countDelimiters(segment.Value(src))
	}
	if count <= maxInlineDelimiters {
		return
	}

	plain := &plainParagraph{}
	plain.SetLines(lines)
	plain.SetPos(node.Pos())
	plain.SetBlankPreviousLines(node.HasBlankPreviousLines())
	node.Parent().ReplaceChild(node.Parent(), node, plain)
}

// plainLines returns the source lines of a plainParagraph with surrounding
// white space removed, joined by "\n".
func plainLines(n *plainParagraph, src []byte) string {
	lines := n.Lines()
	parts := make([][]byte, 0, lines.Len())
	for i := 0; i < lines.Len(); i++ {
		segment := lines.At(i)
		parts = append(parts, bytes.TrimSpace(segment.Value(src)))
	}
	return string(bytes.TrimSpace(bytes.Join(parts, []byte("\n"))))
}
