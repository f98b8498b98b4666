package xlsx

import (
	"archive/zip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
)

const (
	mainNS   = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	relNS    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	pkgRelNS = "http://schemas.openxmlformats.org/package/2006/relationships"
)

// rawSheet is a worksheet written as XML, for cases excelize cannot write.
type rawSheet struct {
	name string
	// data is the content of sheetData.
	data string
	// tail follows sheetData, such as a mergeCells element.
	tail string
}

// rawWorkbook describes a workbook package written part by part.
type rawWorkbook struct {
	sheets        []rawSheet
	sharedStrings []string // raw si elements
	numFmts       map[int]string
	// xfNumFmts are the numFmtId of each cellXfs entry after the default
	// style 0.
	xfNumFmts []int
	date1904  bool
}

// write stores the workbook as name in a temporary folder.
func (w rawWorkbook) write(t testing.TB, name string) parsers.File {
	t.Helper()
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
		"_rels/.rels":         `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="` + pkgRelNS + `"><Relationship Id="rId1" Type="` + relNS + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
	}

	var sheets, rels strings.Builder
	for i, s := range w.sheets {
		fmt.Fprintf(&sheets, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, s.name, i+1, i+1)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, relNS, i+1)
		parts[fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1)] = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="` + mainNS + `" xmlns:r="` + relNS + `"><sheetData>` + s.data + `</sheetData>` + s.tail + `</worksheet>`
	}
	rels.WriteString(`<Relationship Id="rIdS" Type="` + relNS + `/styles" Target="styles.xml"/>`)
	rels.WriteString(`<Relationship Id="rIdT" Type="` + relNS + `/sharedStrings" Target="sharedStrings.xml"/>`)

	props := ""
	if w.date1904 {
		props = `<workbookPr date1904="1"/>`
	}
	parts["xl/workbook.xml"] = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="` + mainNS + `" xmlns:r="` + relNS + `">` + props + `<sheets>` + sheets.String() + `</sheets></workbook>`
	parts["xl/_rels/workbook.xml.rels"] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="` + pkgRelNS + `">` + rels.String() + `</Relationships>`
	parts["xl/sharedStrings.xml"] = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="` + mainNS + `">` + strings.Join(w.sharedStrings, "") + `</sst>`

	var fmts, xfs strings.Builder
	for id, code := range w.numFmts {
		fmt.Fprintf(&fmts, `<numFmt numFmtId="%d" formatCode="%s"/>`, id, xmlEscape(code))
	}
	xfs.WriteString(`<xf numFmtId="0"/>`)
	for _, id := range w.xfNumFmts {
		fmt.Fprintf(&xfs, `<xf numFmtId="%d" applyNumberFormat="1"/>`, id)
	}
	parts["xl/styles.xml"] = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="` + mainNS + `"><numFmts>` + fmts.String() + `</numFmts><cellXfs>` + xfs.String() + `</cellXfs></styleSheet>`

	return writeZip(t, name, parts)
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// writeZip stores the parts in a zip file named name.
func writeZip(t testing.TB, name string, parts map[string]string) parsers.File {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(out)
	for part, content := range parts {
		w, err := zw.Create(part)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(content)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	return parsers.File{Path: path, Rel: "evidence/" + name}
}

// saveExcelize writes an excelize workbook to a temporary file.
func saveExcelize(t testing.TB, f *excelize.File, name string) parsers.File {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return parsers.File{Path: path, Rel: "evidence/" + name}
}

// must fails the test on a non-nil error from excelize.
func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// newStyle registers a number format and returns its style index.
func newStyle(t testing.TB, f *excelize.File, builtin int, custom string) int {
	t.Helper()
	style := &excelize.Style{NumFmt: builtin}
	if custom != "" {
		style.CustomNumFmt = &custom
	}
	id, err := f.NewStyle(style)
	must(t, err)
	return id
}

func parseFile(t testing.TB, file parsers.File) *model.Document {
	t.Helper()
	doc, err := Parse(context.Background(), file, parsers.Options{})
	if err != nil {
		t.Fatalf("Parse(%s): %v", file.Rel, err)
	}
	return doc
}

// tableBySheet returns the table of the named sheet.
func tableBySheet(t testing.TB, doc *model.Document, sheet string) model.Table {
	t.Helper()
	for _, table := range doc.Tables {
		if table.Sheet == sheet {
			return table
		}
	}
	t.Fatalf("no table for sheet %q in %d tables", sheet, len(doc.Tables))
	return model.Table{}
}

func cells(table model.Table) [][]string {
	out := make([][]string, len(table.Rows))
	for i, row := range table.Rows {
		out[i] = row.Cells
	}
	return out
}

// inline returns an inline-string cell.
func inline(ref, text string) string {
	return `<c r="` + ref + `" t="inlineStr"><is><t>` + xmlEscape(text) + `</t></is></c>`
}
