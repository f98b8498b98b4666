package markdown

import (
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"

	"github.com/soc2lint/soc2lint/model"
)

var (
	htmlComment = regexp.MustCompile(`(?s)<!--.*?(?:-->|$)`)
	htmlHidden  = regexp.MustCompile(`(?is)<(script|style)\b.*?(?:</(?:script|style)\s*>|$)`)
	htmlTag     = regexp.MustCompile(`(?s)</?[A-Za-z][^>]*>|<![^>]*>|<\?.*?\?>`)
)

// htmlBlock adds the text of an HTML block, with tags, comments, scripts
// and styles removed, as a paragraph statement. A block that is only a
// comment adds nothing.
func (w *chunkWalker) htmlBlock(block *ast.HTMLBlock) {
	raw := string(linesValue(block, w.src))
	if block.HasClosure() {
		closure := block.ClosureLine
		raw += string(closure.Value(w.src))
	}

	text := htmlComment.ReplaceAllString(raw, "")
	text = htmlHidden.ReplaceAllString(text, "")
	text = htmlTag.ReplaceAllString(text, "")
	text = string(util.ResolveEntityNames(util.ResolveNumericReferences([]byte(text))))

	var lines []string
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			lines = append(lines, line)
		}
	}
	w.addStatement(strings.Join(lines, "\n"), model.SourceParagraph, w.firstLine(block), w.lastLine(block))
}
