package docx_test

import (
	"archive/zip"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
	"github.com/soc2lint/soc2lint/parsers/dispatch"
)

func TestDispatchReadsDOCX(t *testing.T) {
	suffixes := dispatch.Suffixes()
	for _, suffix := range []string{".docx", ".docm", ".dotx"} {
		if suffixes[suffix] != model.FormatDOCX {
			t.Errorf("suffix %s maps to %q, want %q", suffix, suffixes[suffix], model.FormatDOCX)
		}
	}

	file := parsers.File{Path: filepath.Join("testdata", "libreoffice_policy.docx"), Rel: "policy.docx"}
	doc, err := dispatch.Parse(context.Background(), file, model.FormatDOCX, parsers.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != model.FormatDOCX || len(doc.Statements) == 0 {
		t.Errorf("document = format %q with %d statements", doc.Format, len(doc.Statements))
	}
}

func TestDispatchRejectsDocWithoutBody(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.docx")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	if _, err := zw.Create("docProps/app.xml"); err != nil {
		t.Fatal(err)
	}
	zw.Close()
	f.Close()

	_, err = dispatch.Parse(context.Background(), parsers.File{Path: path, Rel: "empty.docx"}, model.FormatDOCX, parsers.Options{})
	if err == nil {
		t.Fatal("Parse returned no error for a package without word/document.xml")
	}
}
