package markdown

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers/meta"
)

// RuleFrontMatterInvalid is the rule id of problems about front matter that
// is not a valid YAML mapping.
const RuleFrontMatterInvalid = "front-matter-invalid"

// maxHeaderLines bounds the search for the closing `---` of a header that
// has no opening `---`.
const maxHeaderLines = 200

// frontMatter is the YAML block at the top of a file.
type frontMatter struct {
	// found is true when the file has a front-matter block, valid or not.
	found bool

	// fields are the parsed keys, nil when the YAML is invalid.
	fields map[string]any

	// line is the first line of the block.
	line int

	// bodyStart is the offset of the first byte after the block.
	bodyStart int

	problems []model.Problem
}

var (
	// yamlKeyLine matches a line that opens a YAML mapping entry.
	yamlKeyLine = regexp.MustCompile(`^(?:[A-Za-z_][A-Za-z0-9_ ./()-]*|"[^"]+"|'[^']+'):(?:[ \t]|$)`)

	// yamlErrorLine finds the line number in a YAML error message.
	yamlErrorLine = regexp.MustCompile(`line (\d+)`)
)

// titleKeys are keys that name the document, which alone are enough to take
// a one-line header without an opening `---` as front matter.
var titleKeys = map[string]bool{"title": true, "name": true, "titulo": true, "nombre": true}

// textLine is one line of the source without its line ending.
type textLine struct {
	text  []byte
	start int
	end   int // offset after the line ending
}

// readFrontMatter finds the front matter of src: either a block between a
// `---` line and a `---` or `...` line, or a header without the opening
// `---` whose lines look like YAML and end at the first `---` line.
func readFrontMatter(src []byte) frontMatter {
	lines := firstLines(src, maxHeaderLines+1)
	if len(lines) == 0 {
		return frontMatter{}
	}

	if isFence(lines[0].text, "---") {
		return readFencedFrontMatter(src, lines[0])
	}
	return readBareHeader(lines)
}

// readFencedFrontMatter reads a block opened by a `---` line.
func readFencedFrontMatter(src []byte, open textLine) frontMatter {
	for offset := open.end; offset < len(src); {
		line := nextLine(src, offset)
		if isFence(line.text, "---") || isFence(line.text, "...") {
			fm := frontMatter{found: true, line: 1, bodyStart: line.end}
			fm.decode(src[open.end:line.start], 2)
			return fm
		}
		offset = line.end
	}

	// Without a closing line the `---` is a thematic break. Say so when the
	// next line looks like a YAML key, because then a closing line is missing.
	second := nextLine(src, open.end)
	if yamlKeyLine.Match(second.text) {
		return frontMatter{problems: []model.Problem{{
			Rule:     RuleFrontMatterInvalid,
			Severity: "error",
			Message:  "front matter opened with `---` on line 1 is never closed: add a `---` line after the last key",
			Location: model.Location{Line: 1},
		}}}
	}
	return frontMatter{}
}

// readBareHeader reads a header without the opening `---`, as some template
// sets write it. The shape is taken only when the first line is a YAML key
// and every line up to a `---` line looks like YAML. A lone "Key: value" line
// over `---` is a setext heading in CommonMark, so a single key is taken only
// when it is a document-control or title key.
func readBareHeader(lines []textLine) frontMatter {
	if !yamlKeyLine.Match(lines[0].text) {
		return frontMatter{}
	}

	keyLines := 0
	for i, line := range lines {
		if isFence(line.text, "---") {
			if keyLines < 2 && !isMetadataKey(lines[0].text) {
				return frontMatter{}
			}
			fm := frontMatter{found: true, line: 1, bodyStart: line.end}
			fm.decode(joinLines(lines[:i]), 1)
			if fm.fields == nil && len(fm.problems) == 0 {
				return frontMatter{}
			}
			return fm
		}

		switch {
		case yamlKeyLine.Match(line.text):
			keyLines++
		case looksLikeYAMLContinuation(line.text):
		default:
			return frontMatter{}
		}
	}
	return frontMatter{}
}

// decode parses the YAML text whose first line is file line firstLine.
func (fm *frontMatter) decode(text []byte, firstLine int) {
	var value any
	if err := yaml.Unmarshal(text, &value); err != nil {
		fm.problems = append(fm.problems, yamlProblem(err, firstLine))
		return
	}

	if value == nil {
		fm.fields = map[string]any{}
		return
	}
	fields, ok := jsonValue(value).(map[string]any)
	if !ok {
		fm.problems = append(fm.problems, model.Problem{
			Rule:     RuleFrontMatterInvalid,
			Severity: "error",
			Message:  fmt.Sprintf("front matter is a YAML %T, not a mapping of keys to values: write it as `key: value` lines", value),
			Location: model.Location{Line: firstLine},
		})
		return
	}
	fm.fields = fields
}

// yamlProblem turns a YAML error into a problem on the file line the error
// points at.
func yamlProblem(err error, firstLine int) model.Problem {
	message := strings.TrimPrefix(err.Error(), "yaml: ")
	message = strings.ReplaceAll(message, "\n", " ")
	message = strings.Join(strings.Fields(message), " ")

	line := firstLine
	if m := yamlErrorLine.FindStringSubmatch(message); m != nil {
		if n, convErr := strconv.Atoi(m[1]); convErr == nil && n >= 1 {
			line = firstLine + n - 1
		}
		message = yamlErrorLine.ReplaceAllStringFunc(message, func(s string) string {
			n, _ := strconv.Atoi(strings.TrimPrefix(s, "line "))
			return fmt.Sprintf("line %d", firstLine+n-1)
		})
	}

	return model.Problem{
		Rule:     RuleFrontMatterInvalid,
		Severity: "error",
		Message: fmt.Sprintf("front matter is not valid YAML (%s): close every quote and bracket, indent nested keys under their parent, and quote values that contain `: ` or start with a special character; the metadata in it is ignored until then",
			message),
		Location: model.Location{Line: line},
	}
}

// jsonValue converts a decoded YAML value to the types JSON can hold:
// mappings become map[string]any with keys formatted as text, sequences
// []any, and scalars stay string, int, float64, bool, time.Time or nil.
func jsonValue(value any) any {
	switch v := value.(type) {
	case map[string]any:
		for key, item := range v {
			v[key] = jsonValue(item)
		}
		return v
	case map[any]any:
		out := make(map[string]any, len(v))
		for key, item := range v {
			out[fmt.Sprint(key)] = jsonValue(item)
		}
		return out
	case []any:
		for i, item := range v {
			v[i] = jsonValue(item)
		}
		return v
	default:
		return v
	}
}

func isMetadataKey(line []byte) bool {
	key, _, _ := strings.Cut(string(line), ":")
	key = strings.Trim(key, `"' `)
	return meta.IsKey(key) || titleKeys[meta.NormalizeKey(key)]
}

// looksLikeYAMLContinuation reports whether line can continue a YAML
// mapping: a blank line, an indented line or a sequence item. Anything else,
// a Markdown heading included, ends the header shape.
func looksLikeYAMLContinuation(line []byte) bool {
	if len(bytes.TrimSpace(line)) == 0 {
		return true
	}
	if line[0] == ' ' || line[0] == '\t' {
		return true
	}
	return line[0] == '-' && (len(line) == 1 || line[1] == ' ')
}

// isFence reports whether line is marker followed only by spaces or tabs.
func isFence(line []byte, marker string) bool {
	return string(bytes.TrimRight(line, " \t")) == marker
}

func firstLines(src []byte, limit int) []textLine {
	var lines []textLine
	for offset := 0; offset < len(src) && len(lines) < limit; {
		line := nextLine(src, offset)
		lines = append(lines, line)
		offset = line.end
	}
	return lines
}

func nextLine(src []byte, offset int) textLine {
	if offset >= len(src) {
		return textLine{start: len(src), end: len(src)}
	}
	rest := src[offset:]
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		return textLine{text: rest[:i], start: offset, end: offset + i + 1}
	}
	return textLine{text: rest, start: offset, end: len(src)}
}

func joinLines(lines []textLine) []byte {
	var b bytes.Buffer
	for _, line := range lines {
		b.Write(line.text)
		b.WriteByte('\n')
	}
	return b.Bytes()
}
