package docx

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
)

// fuzzTimeout is far above the time any input of fuzzing size takes, so an
// input that takes longer is a hang.
const fuzzTimeout = 5 * time.Second

// zipMagic starts a zip file.
var zipMagic = []byte("PK\x03\x04")

// FuzzParse parses arbitrary input. Input that starts like a zip is the
// whole file. Any other input is the content of w:body in a generated
// package, so that the fuzzer reaches the XML reader without having to
// build a zip. A parse may fail only with a parser error, and a document
// must keep the invariants of the model.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.docx"))
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add(docxPackage{body: para("Heading1", "Policy") + listPara("1", "item")}.bytes(f))
	f.Add([]byte(para("Title", "T") + tbl(row(cell(`<w:gridSpan w:val="2"/>`, "Document Control")), row(cell("", "Owner"), cell("", "X")))))
	f.Add([]byte(tbl(row(cell(`<w:vMerge/>`, "a"), cell(`<w:gridSpan w:val="99"/>`, "b")), row(`<w:tc><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl></w:tc>`))))
	f.Add([]byte(`<w:p><w:r><w:fldChar w:fldCharType="begin"/><w:instrText>X</w:instrText><w:fldChar w:fldCharType="separate"/><w:t>r</w:t></w:r></w:p><w:del><w:r><w:delText>d</w:delText></w:r></w:del>`))

	f.Fuzz(func(t *testing.T, data []byte) {
		if !bytes.HasPrefix(data, zipMagic) {
			data = docxPackage{body: string(data)}.bytes(t)
		}
		done := make(chan struct{})
		timer := time.AfterFunc(fuzzTimeout, func() {
			select {
			case <-done:
			default:
				panic(fmt.Sprintf("parsing %d bytes took over %v", len(data), fuzzTimeout))
			}
		})
		defer timer.Stop()

		opts := parsers.Options{MaxDecompressedBytes: 64 << 20}.WithDefaults()
		doc, err := parseReader(context.Background(), bytes.NewReader(data), int64(len(data)), "fuzz.docx", opts)
		close(done)
		if err != nil {
			if !errors.Is(err, parsers.ErrUnreadable) && !errors.Is(err, parsers.ErrLimit) && !errors.Is(err, parsers.ErrEncrypted) {
				t.Fatalf("error %v wraps no parser error", err)
			}
			return
		}
		checkSane(t, doc)
	})
}

// checkSane fails when doc breaks an invariant of the document model.
func checkSane(t *testing.T, doc *model.Document) {
	t.Helper()
	if doc.Format != model.FormatDOCX || doc.Title == "" {
		t.Fatalf("format %q, title %q", doc.Format, doc.Title)
	}
	for i, s := range doc.Sections {
		if s.Index != i || s.Parent >= i || s.Level < 1 || s.Level > maxHeadingLevel || s.Line < 1 || s.EndLine < s.Line {
			t.Fatalf("section %d = %+v", i, s)
		}
		if s.Parent >= 0 && len(s.Path) != len(doc.Sections[s.Parent].Path)+1 {
			t.Fatalf("section %d path %q under %q", i, s.Path, doc.Sections[s.Parent].Path)
		}
	}
	for _, s := range doc.Statements {
		if s.Text == "" || s.Line < 1 || s.Section >= len(doc.Sections) {
			t.Fatalf("statement %+v", s)
		}
	}
	for _, table := range doc.Tables {
		if table.Line < 1 || len(table.Header) < 2 {
			t.Fatalf("table %+v", table)
		}
		for _, row := range table.Rows {
			if row.Line < table.Line {
				t.Fatalf("row on line %d before its table on line %d", row.Line, table.Line)
			}
		}
	}
}
