package pdf

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/soc2lint/soc2lint/parsers"
	"github.com/soc2lint/soc2lint/parsers/pdf/internal/pdftest"
)

// FuzzParse checks that no input panics, hangs past the timeout or returns
// a document without its slices. Seeds are the PDFs in testdata and the
// generated policy. Crashers found by the fuzzer go to
// testdata/fuzz/FuzzParse, where go test runs them as regression inputs.
func FuzzParse(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.pdf"))
	if err != nil {
		f.Fatal(err)
	}
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add(pdftest.Document(policyPages(), "/Title (Policy)"))

	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "fuzz.pdf")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}

		doc, err := Parse(context.Background(), parsers.File{Path: path, Rel: "fuzz.pdf"}, parsers.Options{Timeout: 5 * time.Second})
		if err != nil {
			if doc != nil {
				t.Fatalf("got a document with error %v", err)
			}
			return
		}
		if doc.Statements == nil || doc.Sections == nil || doc.Tables == nil || doc.Problems == nil {
			t.Fatal("document has a nil slice")
		}
		for _, s := range doc.Statements {
			if s.Page < 1 || s.Line < 1 {
				t.Fatalf("statement %q has location %+v", s.Text, s.Location)
			}
		}
	})
}
