package docx

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
)

const (
	wordNS   = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	relNS    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	pkgRelNS = "http://schemas.openxmlformats.org/package/2006/relationships"
)

// defaultStyles are paragraph styles as Word writes them: built-in names in
// English with outline levels, and a list style that numbers its
// paragraphs.
const defaultStyles = `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>` +
	`<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/></w:style>`

// docxPackage describes a DOCX package written part by part.
type docxPackage struct {
	// body is the content of w:body.
	body string

	// styles is the content of w:styles; empty means defaultStyles.
	styles string

	// core is the content of cp:coreProperties; empty means no core part.
	core string

	// custom is the content of the custom Properties; empty means no part.
	custom string
}

// bytes returns the package as a zip file.
func (p docxPackage) bytes(t testing.TB) []byte {
	t.Helper()
	styles := p.styles
	if styles == "" {
		styles = defaultStyles
	}

	packageRels := `<Relationship Id="rId1" Type="` + relNS + `/officeDocument" Target="word/document.xml"/>`
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<w:document xmlns:w="` + wordNS + `" xmlns:r="` + relNS + `" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>` +
			p.body + `<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>`,
		"word/styles.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="` + wordNS + `">` + styles + `</w:styles>`,
		"word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="` + pkgRelNS + `">` +
			`<Relationship Id="rId1" Type="` + relNS + `/styles" Target="styles.xml"/>` +
			`<Relationship Id="rId2" Type="` + relNS + `/hyperlink" Target="https://example.com/" TargetMode="External"/></Relationships>`,
	}
	if p.core != "" {
		packageRels += `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`
		parts["docProps/core.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">` +
			p.core + `</cp:coreProperties>`
	}
	if p.custom != "" {
		packageRels += `<Relationship Id="rId3" Type="` + relNS + `/custom-properties" Target="docProps/custom.xml"/>`
		parts["docProps/custom.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
			p.custom + `</Properties>`
	}
	parts["_rels/.rels"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="` + pkgRelNS + `">` + packageRels + `</Relationships>`

	return zipBytes(t, parts)
}

// write stores the package as name in a temporary folder.
func (p docxPackage) write(t testing.TB, name string) parsers.File {
	t.Helper()
	return writeFile(t, name, p.bytes(t))
}

// zipBytes returns a zip of parts, compressed with Deflate, in name order.
func zipBytes(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	names := make([]string, 0, len(parts))
	for name := range parts {
		names = append(names, name)
	}
	slices.Sort(names)

	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range names {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[name])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// writeFile stores data as name in a temporary folder.
func writeFile(t testing.TB, name string, data []byte) parsers.File {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return parsers.File{Path: path, Rel: name}
}

// parseFile parses file with opts and fails the test on error.
func parseFile(t testing.TB, file parsers.File, opts parsers.Options) *model.Document {
	t.Helper()
	doc, err := Parse(context.Background(), file, opts)
	if err != nil {
		t.Fatalf("Parse(%s): %v", file.Rel, err)
	}
	return doc
}

// parseBody writes a package with body and default styles, and parses it.
func parseBody(t testing.TB, body string) *model.Document {
	t.Helper()
	return parseFile(t, docxPackage{body: body}.write(t, "policy.docx"), parsers.Options{})
}

// para returns a paragraph of style with one run of text; an empty style
// means none.
func para(style, text string) string {
	props := ""
	if style != "" {
		props = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return `<w:p>` + props + run(text) + `</w:p>`
}

// listPara returns a paragraph numbered by numbering numID at level 0.
func listPara(numID, text string) string {
	return `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="` + numID + `"/></w:numPr></w:pPr>` + run(text) + `</w:p>`
}

// run returns a run of text, keeping its spaces.
func run(text string) string {
	return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>`
}

// cell returns a table cell of one paragraph with the given properties.
func cell(props, text string) string {
	if props != "" {
		props = `<w:tcPr>` + props + `</w:tcPr>`
	}
	return `<w:tc>` + props + para("", text) + `</w:tc>`
}

// row returns a table row of cells.
func row(cells ...string) string {
	return `<w:tr>` + strings.Join(cells, "") + `</w:tr>`
}

// tbl returns a table of rows.
func tbl(rows ...string) string {
	return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/></w:tblGrid>` + strings.Join(rows, "") + `</w:tbl>`
}

// statementTexts returns the text of each statement.
func statementTexts(doc *model.Document) []string {
	texts := make([]string, len(doc.Statements))
	for i, s := range doc.Statements {
		texts[i] = s.Text
	}
	return texts
}

// findStatement returns the first statement whose text contains part.
func findStatement(t testing.TB, doc *model.Document, part string) model.Statement {
	t.Helper()
	for _, s := range doc.Statements {
		if strings.Contains(s.Text, part) {
			return s
		}
	}
	t.Fatalf("no statement contains %q; statements: %q", part, statementTexts(doc))
	return model.Statement{}
}
