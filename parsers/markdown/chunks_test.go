package markdown

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
)

// generatePolicy returns an ordinary Markdown policy of about size bytes,
// and the number of headings in it. Blocks that may hold blank lines and
// lines looking like headings (fenced code, HTML comments) recur so that
// chunk cuts land near them.
func generatePolicy(size int) (string, int) {
	var b strings.Builder
	b.WriteString("---\ntitle: Generated Policy\nowner: Security\n---\n\n# Generated Policy\n\n")
	headings := 1

	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "## Section %d\n\n", i)
		headings++
		fmt.Fprintf(&b, "Access to **system %d** must be reviewed quarterly by the [owner](https://example.com/%d).\nReviews are recorded in the `access-review` ticket.\n\n", i, i)
		fmt.Fprintf(&b, "- Accounts are disabled within 24 hours of termination.\n  - Shared accounts are not allowed.\n- Exceptions need approval.\n\n")
		fmt.Fprintf(&b, "| Control | Requirement |\n|---|---|\n| Transmission | TLS 1.2 or higher required |\n| Storage %d | AES-256 |\n\n", i)
		if i%7 == 0 {
			b.WriteString("```sh\n# not a heading\n\nLetters after a blank line\n```\n\n")
		}
		if i%11 == 0 {
			b.WriteString("<!--\n\nHidden note\n\n# hidden heading\n-->\n\n")
		}
	}
	return b.String(), headings
}

func TestChunkedParseKeepsBlocks(t *testing.T) {
	content, headings := generatePolicy(3 * chunkBytes)
	chunks := splitChunks([]byte(content), 0)
	if len(chunks) < 3 {
		t.Fatalf("got %d chunks, want at least 3", len(chunks))
	}

	doc, err := parseBytes(context.Background(), []byte(content), "generated.md", parsers.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkSane(t, doc, lineCount(content))

	if len(doc.Sections) != headings {
		t.Errorf("got %d sections, want %d", len(doc.Sections), headings)
	}
	lines := strings.Split(content, "\n")
	for _, s := range doc.Statements {
		if s.Source == model.SourceTableRow {
			continue
		}
		first, _, _ := strings.Cut(s.Text, " must")
		if !strings.Contains(stripMarkup(lines[s.Line-1]), first) {
			t.Fatalf("statement %q says line %d, which is %q", first, s.Line, lines[s.Line-1])
		}
	}
	for _, section := range doc.Sections {
		if strings.Contains(section.Title, "hidden") || strings.Contains(section.Title, "not a heading") {
			t.Errorf("section %q comes from code or a comment", section.Title)
		}
	}
}

func TestSplitChunksRespectsFences(t *testing.T) {
	content := strings.Repeat("Text line.\n", chunkBytes/11+1) + "\n```\n\nInside fence\n```\n\nAfter\n"
	chunks := splitChunks([]byte(content), 0)
	if len(chunks) != 2 {
		t.Fatalf("got %d chunks, want 2", len(chunks))
	}
	if second := content[chunks[1][0]:chunks[1][1]]; second != "After\n" {
		t.Errorf("second chunk = %q, want the line after the fence", second)
	}
}

func stripMarkup(line string) string {
	return strings.NewReplacer("**", "", "`", "").Replace(line)
}
