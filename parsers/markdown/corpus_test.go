package markdown

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/soc2lint/soc2lint/internal/corpustest"
	"github.com/soc2lint/soc2lint/parsers"
)

func isMarkdownName(name string) bool {
	lower := strings.ToLower(name)
	return strings.HasSuffix(lower, ".md") || strings.HasSuffix(lower, ".md.tmpl") || strings.HasSuffix(lower, ".markdown")
}

// TestCorpusPublic parses every Markdown file of the public and labeled
// corpora. Each must parse, or fail with an unreadable or limit error, and
// give a sane document.
func TestCorpusPublic(t *testing.T) {
	root := corpustest.Root(t)

	count := 0
	for _, dir := range []string{"public", "labeled"} {
		err := filepath.WalkDir(filepath.Join(root, dir), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !isMarkdownName(d.Name()) {
				return err
			}
			count++
			rel, _ := filepath.Rel(root, path)
			t.Run(filepath.ToSlash(rel), func(t *testing.T) {
				doc, err := Parse(context.Background(), parsers.File{Path: path, Rel: filepath.ToSlash(rel)}, parsers.Options{})
				if errors.Is(err, parsers.ErrUnreadable) || errors.Is(err, parsers.ErrLimit) {
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				content, _ := os.ReadFile(path)
				checkSane(t, doc, lineCount(string(content)))
				if len(doc.Statements) == 0 && findProblem(doc, RuleDocumentEmpty) == nil {
					t.Error("no statements and no document-empty problem")
				}
			})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if count == 0 {
		t.Fatalf("no Markdown files under %s", root)
	}
}

// TestCorpusHostile parses each hostile Markdown file within a time bound.
func TestCorpusHostile(t *testing.T) {
	root := corpustest.Root(t)

	files, err := filepath.Glob(filepath.Join(root, "hostile", "md_*.md"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no hostile Markdown files: %v", err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			start := time.Now()
			doc, err := Parse(context.Background(), parsers.File{Path: path, Rel: filepath.Base(path)}, parsers.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if elapsed := time.Since(start); elapsed > 5*time.Second {
				t.Errorf("took %v", elapsed)
			}
			content, _ := os.ReadFile(path)
			checkSane(t, doc, lineCount(string(content)))
		})
	}
}

// TestCorpusHostileScaled repeats the emphasis unit of the hostile corpus to
// a few megabytes, in one paragraph and in many, and requires linear time.
func TestCorpusHostileScaled(t *testing.T) {
	root := corpustest.Root(t)

	unit, err := os.ReadFile(filepath.Join(root, "hostile", "md_emphasis_mix_16k.md"))
	if err != nil {
		t.Fatal(err)
	}
	unit = []byte(strings.TrimRight(string(unit), "\n"))

	oneParagraph := strings.Repeat(string(unit), 4<<20/len(unit))
	manyParagraphs := strings.Repeat(string(unit)+"\n\n", 4<<20/len(unit))
	for name, content := range map[string]string{"one paragraph": oneParagraph, "many paragraphs": manyParagraphs} {
		t.Run(name, func(t *testing.T) {
			elapsed := parseTimed(t, content, 20*time.Second)
			t.Logf("%d bytes in %v", len(content), elapsed)
		})
	}
}
