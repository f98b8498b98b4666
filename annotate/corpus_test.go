package annotate

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/internal/corpustest"
	"github.com/soc2lint/soc2lint/model"
)

// markdownFiles returns the Markdown files under dir, sorted.
func markdownFiles(t *testing.T, dir string) []string {
	t.Helper()

	var files []string
	err := filepath.WalkDir(dir, func(path string, entry fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := entry.Name()
		if !entry.IsDir() && (strings.HasSuffix(name, ".md") || strings.HasSuffix(name, ".md.tmpl")) {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("walking %s: %v", dir, err)
	}
	return files
}

var (
	headingLine  = regexp.MustCompile(`^#{1,6}\s+`)
	listItemLine = regexp.MustCompile(`^\s*(?:[-*+]|\d{1,3}[.)])\s+`)
)

// blockDocument builds a Document from Markdown the way the parsers hand it
// over: one statement per heading, paragraph, list item or table row, with
// the line breaks of the source and the line of the block. It handles only
// front matter, fences, blank lines, and list, heading and table marks, and
// strips no inline markup.
func blockDocument(t *testing.T, root, path string) (*model.Document, int) {
	t.Helper()

	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	rel, err := filepath.Rel(root, path)
	if err != nil {
		t.Fatalf("relative path of %s: %v", path, err)
	}
	doc := &model.Document{File: filepath.ToSlash(rel), Format: model.FormatMarkdown}

	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	var block []string
	blockLine, blockSource := 0, ""
	flush := func() {
		if len(block) > 0 {
			doc.Statements = append(doc.Statements, model.Statement{
				Text: strings.Join(block, "\n"), Source: blockSource, Section: -1,
				Location: model.Location{Line: blockLine},
			})
		}
		block = nil
	}
	start := func(line int, source, text string) {
		flush()
		block, blockLine, blockSource = []string{text}, line, source
	}

	inFence, inFrontMatter := false, len(lines) > 0 && strings.TrimSpace(lines[0]) == "---"
	for i, line := range lines {
		number := i + 1
		trimmed := strings.TrimSpace(line)
		switch {
		case inFrontMatter:
			if i > 0 && trimmed == "---" {
				inFrontMatter = false
			}
		case strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~"):
			flush()
			inFence = !inFence
		case inFence:
		case trimmed == "":
			flush()
		case headingLine.MatchString(line):
			start(number, model.SourceHeading, headingLine.ReplaceAllString(line, ""))
			flush()
		case strings.HasPrefix(trimmed, "|"):
			start(number, model.SourceTableRow, strings.Trim(trimmed, "|"))
			flush()
		case listItemLine.MatchString(line):
			start(number, model.SourceListItem, listItemLine.ReplaceAllString(line, ""))
		case block == nil:
			start(number, model.SourceParagraph, line)
		default:
			block = append(block, line)
		}
	}
	flush()

	if len(doc.Statements) > 0 && doc.Statements[0].Source == model.SourceHeading {
		doc.Title = doc.Statements[0].Text
	}
	return doc, len(lines)
}

func TestCorpusStatements(t *testing.T) {
	t.Parallel()

	root := corpustest.Root(t)
	files := markdownFiles(t, root)
	if len(files) == 0 {
		t.Fatalf("no Markdown files under %s", root)
	}

	for _, path := range files {
		doc, lineCount := blockDocument(t, root, path)
		Document(doc)

		for _, s := range doc.Statements {
			if s.Line < 1 || s.Line > lineCount {
				t.Errorf("%s: statement %q at line %d, want 1..%d", doc.File, s.Text, s.Line, lineCount)
			}
			if strings.ContainsAny(s.Text, "\n\r") {
				t.Errorf("%s:%d: statement text keeps a line break: %q", doc.File, s.Line, s.Text)
			}
			if s.Norm != Normalize(s.Norm) {
				t.Errorf("%s:%d: norm %q is not normalized", doc.File, s.Line, s.Norm)
			}
			if s.Frequencies == nil || s.Durations == nil || s.Vague == nil || s.SectionPath == nil {
				t.Errorf("%s:%d: nil list in statement %q", doc.File, s.Line, s.Text)
			}
		}
		if doc.Kind == "" {
			t.Errorf("%s: empty kind", doc.File)
		}
	}
}

func TestCorpusSentenceStartsOnItsLine(t *testing.T) {
	t.Parallel()

	root := corpustest.Root(t)
	for _, path := range markdownFiles(t, filepath.Join(root, "public")) {
		doc, _ := blockDocument(t, root, path)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("reading %s: %v", path, err)
		}
		lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
		Document(doc)

		for _, s := range doc.Statements {
			if s.Source != model.SourceParagraph {
				continue
			}
			firstWord := strings.Fields(s.Text)[0]
			if !strings.Contains(lines[s.Line-1], firstWord) {
				t.Errorf("%s:%d: sentence %q does not start on that line (%q)", doc.File, s.Line, s.Text, lines[s.Line-1])
			}
		}
	}
}

func TestCorpusLanguages(t *testing.T) {
	t.Parallel()

	root := corpustest.Root(t)
	base := filepath.Join(root, "public", "ciso-assistant-policy-templates")

	english := markdownFiles(t, filepath.Join(base, "en"))
	french := markdownFiles(t, filepath.Join(base, "fr"))
	if len(english) == 0 || len(french) == 0 {
		t.Fatalf("no Markdown files under %s/en or %s/fr", base, base)
	}

	for _, path := range english {
		doc, _ := blockDocument(t, root, path)
		Document(doc)
		if doc.Language != model.LangEnglish {
			t.Errorf("%s: language %q, want %q", doc.File, doc.Language, model.LangEnglish)
		}
	}
	for _, path := range french {
		doc, _ := blockDocument(t, root, path)
		Document(doc)
		if doc.Language == model.LangSpanish {
			t.Errorf("%s: French text detected as Spanish", doc.File)
		}
	}
}
