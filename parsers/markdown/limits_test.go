package markdown

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/soc2lint/soc2lint/parsers"
)

// emphasisUnit interleaves the delimiters that make goldmark's emphasis
// matching quadratic within one paragraph.
const emphasisUnit = "*x_y*z_w**v_u*t**s*r_q**"

// parseTimed parses content and fails when it takes longer than limit, a
// bound far above linear time and far below the quadratic time of unbounded
// parsing.
func parseTimed(t *testing.T, content string, limit time.Duration) time.Duration {
	t.Helper()
	start := time.Now()
	doc, err := parseBytes(context.Background(), []byte(content), "hostile.md", parsers.Options{})
	elapsed := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	if elapsed > limit {
		t.Fatalf("parsing %d bytes took %v, over %v", len(content), elapsed, limit)
	}
	checkSane(t, doc, lineCount(content))
	return elapsed
}

func TestBoundEmphasisLine(t *testing.T) {
	content := "# Title\n\n" + strings.Repeat(emphasisUnit, 4<<20/len(emphasisUnit)) + "\n"
	parseTimed(t, content, 10*time.Second)

	doc, err := parseBytes(context.Background(), []byte(content), "hostile.md", parsers.Options{})
	if err != nil {
		t.Fatal(err)
	}
	problem := findProblem(doc, "kept as written")
	if problem == nil || problem.Line != 3 {
		t.Fatalf("problems = %+v, want one about line 3", doc.Problems)
	}
	if got := doc.Statements[1].Text; !strings.HasPrefix(got, emphasisUnit+emphasisUnit) {
		t.Errorf("text starts %q, want the delimiters kept as written", got[:40])
	}
}

func TestBoundEmphasisParagraph(t *testing.T) {
	// Each line is under the line bound; together they are over it.
	line := strings.Repeat(emphasisUnit, 10)
	content := strings.Repeat(line+"\n", 20000)
	parseTimed(t, content, 10*time.Second)

	doc, err := parseBytes(context.Background(), []byte(content), "hostile.md", parsers.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if findProblem(doc, "starts a paragraph") == nil {
		t.Fatalf("problems = %+v, want one about the paragraph", doc.Problems)
	}
	if got := doc.Statements[0].Text; !strings.HasPrefix(got, line+"\n"+line) {
		t.Errorf("text starts %q, want the lines kept as written", got[:60])
	}
}

func TestBoundUnderLimitKeepsMarkup(t *testing.T) {
	doc, err := parseBytes(context.Background(), []byte("Some **bold** and _emphasis_ and [a link](x).\n"), "ok.md", parsers.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Problems) != 0 {
		t.Errorf("problems = %+v, want none", doc.Problems)
	}
	if got := doc.Statements[0].Text; got != "Some bold and emphasis and a link." {
		t.Errorf("text = %q", got)
	}
}

func TestBoundUnclosedLinks(t *testing.T) {
	parseTimed(t, strings.Repeat("[a](", 1<<20)+"x\n", 10*time.Second)
	parseTimed(t, strings.Repeat(strings.Repeat("[a](", 200)+"\n\n", 2000), 10*time.Second)
}

func TestBoundNesting(t *testing.T) {
	t.Run("block quotes", func(t *testing.T) {
		content := strings.Repeat(">", 1<<20) + " deep\n"
		parseTimed(t, content, 10*time.Second)

		doc, _ := parseBytes(context.Background(), []byte(content), "q.md", parsers.Options{})
		if findProblem(doc, "nests lists or block quotes") == nil {
			t.Errorf("problems = %+v, want one about nesting", doc.Problems)
		}
		if len(doc.Statements) != 1 || doc.Statements[0].Text != "deep" {
			t.Errorf("statements = %q, want the quoted text", statementTexts(doc))
		}
	})
	t.Run("lists", func(t *testing.T) {
		var b strings.Builder
		for i := range 3000 {
			fmt.Fprintf(&b, "%s- item %d\n", strings.Repeat("  ", i), i)
		}
		parseTimed(t, b.String(), 10*time.Second)

		doc, _ := parseBytes(context.Background(), []byte(b.String()), "l.md", parsers.Options{})
		if len(doc.Statements) != 3000 {
			t.Errorf("got %d statements, want one per item", len(doc.Statements))
		}
		if p := findProblem(doc, "nests lists or block quotes"); p == nil || p.Line != 65 {
			t.Errorf("problems = %+v, want one starting on line 65", doc.Problems)
		}
	})
}

func TestContainerPrefix(t *testing.T) {
	tests := []struct {
		line    string
		end     int
		cutting bool
	}{
		{"plain", 0, false},
		{"- item", 2, false},
		{"> > 1. item", 7, false},
		{"  10) item", 6, false},
		{"-no space", 0, false},
		{strings.Repeat("> ", 40) + "x", 80, true},
		{strings.Repeat(" ", 200) + "- x", 202, true},
	}
	for _, tt := range tests {
		end, _, cut := containerPrefix([]byte(tt.line))
		if end != tt.end || (cut >= 0) != tt.cutting {
			t.Errorf("containerPrefix(%.20q) = %d, %d; want end %d, cutting %v", tt.line, end, cut, tt.end, tt.cutting)
		}
	}
}

func TestEscapedLineReadsAsWritten(t *testing.T) {
	line := `a *b* \*c _d_ [e](f) ` + "`g`" + ` <h> \\*i`
	escaped := string(appendEscaped(nil, []byte(line)))
	doc, err := parseBytes(context.Background(), []byte(escaped+"\n"), "e.md", parsers.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := `a *b* *c _d_ [e](f) ` + "`g`" + ` <h> \*i`
	if got := doc.Statements[0].Text; got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
	if countDelimiters([]byte(escaped)) != 0 {
		t.Errorf("escaped line %q still counts delimiters", escaped)
	}
}
