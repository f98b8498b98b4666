package suppress

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Directive keywords. Both are followed by one or more rule ids separated
// by commas, a colon and the reason.
const (
	keywordBlock = "soc2lint-disable"
	keywordFile  = "soc2lint-disable-file"

	// directivePrefix marks a comment as meant for soc2lint, so that a typo
	// in the keyword is reported instead of silently ignored.
	directivePrefix = "soc2lint-"
)

// ruleIDPattern is the form of a rule id: lower-case words joined by dashes.
var ruleIDPattern = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

// Directive is one valid inline suppression comment.
type Directive struct {
	// WholeFile is true for soc2lint-disable-file.
	WholeFile bool

	// Rules are the rule ids the directive waives.
	Rules []string

	// Reason is the text after the colon, trimmed; never empty.
	Reason string

	// Line is the 1-based line where the comment opens.
	Line int

	// BlockStart and BlockEnd are the first and last lines of the block the
	// directive covers, inclusive. Both are 0 for a whole-file directive.
	BlockStart, BlockEnd int
}

// Covers reports whether the directive waives rule at line.
func (d Directive) Covers(rule string, line int) bool {
	if !slices.Contains(d.Rules, rule) {
		return false
	}
	if d.WholeFile {
		return true
	}
	return line >= d.BlockStart && line <= d.BlockEnd
}

// Problem is a directive that cannot be applied, with what to write instead.
type Problem struct {
	Line int

	// Messages holds the problem in each language, keyed by language code.
	Messages map[string]string
}

// comment is one HTML comment of the source, with its body trimmed.
type comment struct {
	body          string
	line, endLine int

	// ownsLines is true when nothing but the comment is on its lines.
	ownsLines bool
}

// Scan reads the inline directives of a Markdown source. Comments inside
// fenced code blocks are examples, not directives, and are skipped. A
// directive that names no rule, has no reason or covers no block is
// returned as a Problem. When a directive names several rules and some are
// malformed, the well-formed ones still apply.
func Scan(src []byte) ([]Directive, []Problem) {
	src = bytes.TrimPrefix(src, []byte{0xEF, 0xBB, 0xBF})
	lines := strings.Split(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n")

	comments := findComments(lines)

	skippable := map[int]bool{}
	for _, c := range comments {
		if c.ownsLines && strings.HasPrefix(c.body, directivePrefix) {
			for line := c.line; line <= c.endLine; line++ {
				skippable[line] = true
			}
		}
	}

	var directives []Directive
	var problems []Problem
	for _, c := range comments {
		if !strings.HasPrefix(c.body, directivePrefix) {
			continue
		}

		directive, problem := parseDirective(c)
		if problem != nil {
			problems = append(problems, *problem)
		}
		if directive == nil {
			continue
		}

		if !directive.WholeFile {
			directive.BlockStart, directive.BlockEnd = nextBlock(lines, c.endLine, skippable)
			if directive.BlockStart == 0 {
				problems = append(problems, *problemf(c.line,
					"%s on line %d is followed by no block of text, so it suppresses nothing: put it on the line just above the paragraph, list or table it is about, or use %s for the whole file",
					"%s en la línea %d no va seguido de ningún bloque de texto, así que no suprime nada: colóquelo justo encima del párrafo, lista o tabla al que se refiere, o use %s para todo el archivo",
					keywordBlock, c.line, keywordFile))
				continue
			}
		}
		directives = append(directives, *directive)
	}
	return directives, problems
}

// parseDirective reads the body of a comment that starts with the soc2lint
// prefix. It returns the directive when at least one rule id and a reason
// are present, and a problem for whatever is wrong.
func parseDirective(c comment) (*Directive, *Problem) {
	keyword, rest, _ := strings.Cut(c.body, " ")
	keyword = strings.TrimSpace(keyword)
	rest = strings.TrimSpace(rest)

	var wholeFile bool
	switch keyword {
	case keywordBlock:
	case keywordFile:
		wholeFile = true
	default:
		return nil, problemf(c.line,
			"unknown directive %q on line %d: write <!-- %s rule-id: reason --> for the next block or <!-- %s rule-id: reason --> for the whole file",
			"directiva desconocida %q en la línea %d: escriba <!-- %s id-de-regla: motivo --> para el bloque siguiente o <!-- %s id-de-regla: motivo --> para todo el archivo",
			keyword, c.line, keywordBlock, keywordFile)
	}

	list, reason, _ := strings.Cut(rest, ":")
	reason = strings.TrimSpace(reason)

	var rules []string
	var malformed []string
	for _, id := range strings.Split(list, ",") {
		id = strings.TrimSpace(id)
		switch {
		case id == "":
		case ruleIDPattern.MatchString(id):
			rules = append(rules, id)
		default:
			malformed = append(malformed, id)
		}
	}

	switch {
	case len(rules) == 0 && len(malformed) == 0:
		return nil, problemf(c.line,
			"%s on line %d names no rule: write <!-- %s rule-id: reason -->, with the rule id from the finding",
			"%s en la línea %d no indica ninguna regla: escriba <!-- %s id-de-regla: motivo -->, con el id de regla del hallazgo",
			keyword, c.line, keyword)
	case reason == "":
		return nil, problemf(c.line,
			"%s on line %d has no reason: write <!-- %s %s: why the finding does not apply -->, because an auditor reads the reason",
			"%s en la línea %d no tiene motivo: escriba <!-- %s %s: por qué el hallazgo no aplica -->, porque el auditor lee el motivo",
			keyword, c.line, keyword, strings.Join(append(rules, malformed...), ", "))
	}

	var problem *Problem
	if len(malformed) > 0 {
		problem = problemf(c.line,
			"%s on line %d names %q, which is not a rule id: rule ids are lower-case words joined by dashes, as in the finding's [rule-id]; separate several with commas",
			"%s en la línea %d indica %q, que no es un id de regla: los ids de regla son palabras en minúsculas unidas por guiones, como en el [id-de-regla] del hallazgo; separe varios con comas",
			keyword, c.line, strings.Join(malformed, ", "))
	}
	if len(rules) == 0 {
		return nil, problem
	}
	return &Directive{WholeFile: wholeFile, Rules: rules, Reason: reason, Line: c.line}, problem
}

// findComments returns the HTML comments outside fenced code blocks, with
// 1-based lines.
func findComments(lines []string) []comment {
	var out []comment
	var fence string
	var open *comment
	var body strings.Builder

	for i, text := range lines {
		number := i + 1

		if open == nil {
			if fence != "" {
				if closesFence(text, fence) {
					fence = ""
				}
				continue
			}
			if marker := opensFence(text); marker != "" {
				fence = marker
				continue
			}
		}

		rest := text
		for rest != "" {
			if open == nil {
				start := strings.Index(rest, "<!--")
				if start < 0 {
					break
				}
				open = &comment{line: number, ownsLines: strings.TrimSpace(rest[:start]) == "" && rest == text}
				body.Reset()
				rest = rest[start+len("<!--"):]
				continue
			}

			end := strings.Index(rest, "-->")
			if end < 0 {
				body.WriteString(rest)
				body.WriteString("\n")
				break
			}
			body.WriteString(rest[:end])
			open.endLine = number
			open.body = strings.Join(strings.Fields(body.String()), " ")
			rest = rest[end+len("-->"):]
			open.ownsLines = open.ownsLines && strings.TrimSpace(rest) == ""
			out = append(out, *open)
			open = nil
		}
	}
	return out
}

// opensFence returns the fence marker (``` or ~~~, or longer) that opens a
// fenced code block on this line, or "".
func opensFence(text string) string {
	trimmed := strings.TrimLeft(text, " ")
	if len(text)-len(trimmed) > 3 {
		return ""
	}
	for _, char := range []string{"`", "~"} {
		count := len(trimmed) - len(strings.TrimLeft(trimmed, char))
		if count >= 3 {
			return strings.Repeat(char, count)
		}
	}
	return ""
}

// closesFence reports whether the line closes a block opened by marker: the
// same character, at least as many times, and nothing else.
func closesFence(text, marker string) bool {
	trimmed := strings.TrimSpace(text)
	return strings.HasPrefix(trimmed, marker) && strings.Trim(trimmed, marker[:1]) == ""
}

// nextBlock returns the first and last lines of the block after line
// `after`: blank lines and lines holding only other directives are skipped,
// then the block runs up to the next blank line. It returns 0, 0 when no
// block follows.
func nextBlock(lines []string, after int, skippable map[int]bool) (int, int) {
	start := 0
	for number := after + 1; number <= len(lines); number++ {
		if strings.TrimSpace(lines[number-1]) == "" || skippable[number] {
			continue
		}
		start = number
		break
	}
	if start == 0 {
		return 0, 0
	}

	end := start
	for number := start + 1; number <= len(lines); number++ {
		if strings.TrimSpace(lines[number-1]) == "" {
			break
		}
		end = number
	}
	return start, end
}

// problemf builds a Problem from an English and a Spanish format that take
// the same arguments.
func problemf(line int, english, spanish string, args ...any) *Problem {
	return &Problem{Line: line, Messages: map[string]string{
		"en": fmt.Sprintf(english, args...),
		"es": fmt.Sprintf(spanish, args...),
	}}
}
