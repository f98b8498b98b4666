package markdown

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
)

// parseFile parses a file of testdata/ with default options.
func parseFile(t *testing.T, name string) *model.Document {
	t.Helper()
	path := filepath.Join("testdata", name)
	doc, err := Parse(context.Background(), parsers.File{Path: path, Rel: name}, parsers.Options{})
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return doc
}

// parseText writes content to a temporary file and parses it.
func parseText(t *testing.T, name, content string) (*model.Document, error) {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return Parse(context.Background(), parsers.File{Path: path, Rel: name}, parsers.Options{})
}

// readTestdata returns the content of a file of testdata/.
func readTestdata(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func findProblem(doc *model.Document, substring string) *model.Problem {
	for i := range doc.Problems {
		if strings.Contains(doc.Problems[i].Message, substring) || doc.Problems[i].Rule == substring {
			return &doc.Problems[i]
		}
	}
	return nil
}

func statementTexts(doc *model.Document) []string {
	texts := make([]string, len(doc.Statements))
	for i, s := range doc.Statements {
		texts[i] = s.Text
	}
	return texts
}

// checkSane fails when doc breaks an invariant every parsed document keeps:
// a title, lines within the file, sections linked to earlier sections, and
// statements and tables pointing at existing sections.
func checkSane(t *testing.T, doc *model.Document, lineCount int) {
	t.Helper()
	if doc.Title == "" {
		t.Errorf("%s: empty title", doc.File)
	}
	inFile := func(what string, line int) {
		if line < 1 || line > max(lineCount, 1) {
			t.Errorf("%s: %s line %d outside 1..%d", doc.File, what, line, lineCount)
		}
	}
	for _, s := range doc.Sections {
		inFile(fmt.Sprintf("section %d", s.Index), s.Line)
		inFile(fmt.Sprintf("section %d end", s.Index), s.EndLine)
		if s.EndLine < s.Line {
			t.Errorf("%s: section %d ends on line %d before it starts on %d", doc.File, s.Index, s.EndLine, s.Line)
		}
		if s.Parent >= s.Index || s.Parent < -1 {
			t.Errorf("%s: section %d has parent %d", doc.File, s.Index, s.Parent)
		}
	}
	for _, st := range doc.Statements {
		inFile("statement "+st.Text, st.Line)
		if st.Section < -1 || st.Section >= len(doc.Sections) {
			t.Errorf("%s: statement %q in section %d of %d", doc.File, st.Text, st.Section, len(doc.Sections))
		}
		if st.Text == "" {
			t.Errorf("%s: empty statement on line %d", doc.File, st.Line)
		}
	}
	for _, table := range doc.Tables {
		inFile("table", table.Line)
		for _, row := range table.Rows {
			inFile("row", row.Line)
		}
	}
	for _, p := range doc.Problems {
		if p.Line != 0 {
			inFile("problem "+p.Message, p.Line)
		}
	}
}

func lineCount(content string) int {
	content = strings.TrimSuffix(strings.ReplaceAll(content, "\r\n", "\n"), "\n")
	if content == "" {
		return 0
	}
	return strings.Count(content, "\n") + 1
}
