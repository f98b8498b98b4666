package pdf

import (
	"context"
	"errors"
	"io/fs"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/soc2lint/soc2lint/internal/corpustest"
	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
)

// minWordRecall is the share of the words pdftotext extracts that the
// parser must extract too, counted with multiplicity.
const minWordRecall = 0.99

// corpusPDFs returns the PDFs under root's public/ and labeled/ folders.
func corpusPDFs(t *testing.T, root string) []string {
	t.Helper()
	var files []string
	for _, dir := range []string{"public", "labeled"} {
		err := filepath.WalkDir(filepath.Join(root, dir), func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.EqualFold(filepath.Ext(path), ".pdf") {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("listing %s: %v", dir, err)
		}
	}
	if len(files) == 0 {
		t.Fatalf("no PDF under %s/public or %s/labeled", root, root)
	}
	return files
}

func TestCorpusWordRecall(t *testing.T) {
	root := corpustest.Root(t)
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext is not on PATH: install poppler-utils to compare word recall")
	}

	for _, path := range corpusPDFs(t, root) {
		rel, _ := filepath.Rel(root, path)
		t.Run(rel, func(t *testing.T) {
			reference, err := exec.Command(pdftotext, "-enc", "UTF-8", path, "-").Output()
			if err != nil {
				t.Fatalf("pdftotext %s: %v", rel, err)
			}

			doc := parseFile(t, path)
			recall, missing := wordRecall(doc.Text, string(reference))
			t.Logf("%s: word recall %.4f (%d pdftotext words, %d missing)", rel, recall, len(strings.Fields(string(reference))), len(missing))
			if recall < minWordRecall {
				t.Errorf("word recall %.4f is under %.2f; first missing words: %q", recall, minWordRecall, firstN(missing, 30))
			}
		})
	}
}

func TestCorpusBusinessContinuityPolicy(t *testing.T) {
	root := corpustest.Root(t)
	doc := parseFile(t, filepath.Join(root, "labeled", "northwind", "policies", "business-continuity-dr.pdf"))

	if doc.Metadata.Source != "document_control" {
		t.Errorf("Metadata.Source = %q, want document_control", doc.Metadata.Source)
	}
	if doc.Metadata.Owner == "" {
		t.Error("Metadata.Owner is empty")
	}
	if !isISODate(doc.Metadata.ApprovedOn) {
		t.Errorf("Metadata.ApprovedOn = %q, want an ISO date", doc.Metadata.ApprovedOn)
	}
	if !isISODate(doc.Metadata.NextReview) {
		t.Errorf("Metadata.NextReview = %q, want an ISO date", doc.Metadata.NextReview)
	}

	sources := map[string]int{}
	for _, s := range doc.Statements {
		sources[s.Source]++
		if s.Page < 1 || s.Line < 1 {
			t.Errorf("statement %q has location %+v, want page and line", s.Text, s.Location)
		}
	}
	for _, source := range []string{model.SourceHeading, model.SourceParagraph, model.SourceListItem, model.SourceTableRow} {
		if sources[source] == 0 {
			t.Errorf("no statement of source %s; sources: %v", source, sources)
		}
	}

	if len(doc.Sections) < 5 {
		t.Errorf("got %d sections, want the numbered sections of the policy", len(doc.Sections))
	}
	if len(doc.Tables) == 0 {
		t.Error("no table, want the document-control table at least")
	}

	// Paragraphs read as prose: words separated by single spaces, several
	// sentences of several words, and no running header or page footer.
	for _, s := range doc.Statements {
		if s.Source != model.SourceParagraph {
			continue
		}
		if strings.Contains(s.Text, "  ") {
			t.Errorf("paragraph has a double space: %q", s.Text)
		}
		if regexp.MustCompile(`(?i)page \d+ of \d+`).MatchString(s.Text) {
			t.Errorf("paragraph contains a page footer: %q", s.Text)
		}
	}
	long := 0
	for _, s := range doc.Statements {
		if s.Source == model.SourceParagraph && len(strings.Fields(s.Text)) >= 20 && strings.HasSuffix(s.Text, ".") {
			long++
		}
	}
	if long < 3 {
		t.Errorf("got %d paragraphs of 20 words or more ending with a full stop, want 3 or more", long)
	}
}

// TestCorpusHostile checks each hostile PDF of the corpus: every one gives a
// document or a clear error, and none hangs.
func TestCorpusHostile(t *testing.T) {
	root := corpustest.Root(t)
	dir := filepath.Join(root, "hostile")

	cases := []struct {
		file    string
		wantErr error
		check   func(t *testing.T, doc *model.Document)
	}{
		{file: "pdf_blank_page_no_contents.pdf", check: func(t *testing.T, doc *model.Document) {
			assertStatementOnPage(t, doc, "page two text", 2)
		}},
		{file: "pdf_deep_nested_array.pdf", wantErr: parsers.ErrUnreadable},
		{file: "pdf_encrypt_aes256_stub.pdf", wantErr: parsers.ErrEncrypted},
		{file: "pdf_page_count_lies.pdf", check: func(t *testing.T, doc *model.Document) {
			assertStatementOnPage(t, doc, "only page", 1)
			assertProblem(t, doc, "/Count")
		}},
		{file: "pdf_stream_length_past_eof.pdf", check: func(t *testing.T, doc *model.Document) {
			if !strings.Contains(doc.Text, "length lies") {
				t.Errorf("Text = %q, want it to contain %q", doc.Text, "length lies")
			}
			assertProblem(t, doc, "/Length")
		}},
		{file: "pdf_text_out_of_order.pdf", check: func(t *testing.T, doc *model.Document) {
			if got, want := doc.Text, "1 7 6\nrow2-left row2-right"; got != want {
				t.Errorf("Text = %q, want %q", got, want)
			}
		}},
	}

	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join(dir, tc.file)
			start := time.Now()
			doc, err := Parse(context.Background(), parsers.File{Path: path, Rel: tc.file}, parsers.Options{Timeout: 10 * time.Second})
			if elapsed := time.Since(start); elapsed > 5*time.Second {
				t.Errorf("parse took %s", elapsed)
			}

			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("error = %v, want one wrapping %v", err, tc.wantErr)
				}
				if !strings.Contains(err.Error(), tc.file) {
					t.Errorf("error %q does not name the file", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			tc.check(t, doc)
		})
	}
}

func parseFile(t *testing.T, path string) *model.Document {
	t.Helper()
	doc, err := Parse(context.Background(), parsers.File{Path: path, Rel: filepath.Base(path)}, parsers.Options{})
	if err != nil {
		t.Fatalf("Parse(%s): %v", path, err)
	}
	return doc
}

// wordRecall returns the share of the reference words found in text,
// counted with multiplicity, and the reference words not found.
func wordRecall(text, reference string) (float64, []string) {
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}

	words := strings.Fields(reference)
	if len(words) == 0 {
		return 1, nil
	}
	found := 0
	var missing []string
	for _, w := range words {
		if counts[w] > 0 {
			counts[w]--
			found++
		} else {
			missing = append(missing, w)
		}
	}
	return float64(found) / float64(len(words)), missing
}

func firstN(values []string, n int) []string {
	return values[:min(n, len(values))]
}

func isISODate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}
