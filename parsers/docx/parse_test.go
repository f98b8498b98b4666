package docx

import (
	"slices"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
)

// spanishStyles are styles as Spanish Word writes them (built-in name in
// English, style id derived from the localized name) plus a custom style
// named in Spanish with no outline level, and a style based on a heading.
const spanishStyles = defaultStyles +
	`<w:style w:type="paragraph" w:styleId="Ttulo2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="MiTitulo3"><w:name w:val="Título 3"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="PolicyHeading"><w:name w:val="Policy Heading"/><w:basedOn w:val="Heading1"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>`

func TestParseHeadingsAndSections(t *testing.T) {
	body := para("Title", "Access Control Policy") + // 1
		para("", "") + // 2, empty
		para("PolicyHeading", "Purpose") + // 3
		para("", "This policy sets access rules.") + // 4
		para("Ttulo2", "Alcance") + // 5
		para("MiTitulo3", "Sistemas") + // 6
		para("", "Todos los sistemas.") + // 7
		para("TOCHeading", "Contents") + // 8
		`<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr>` + run("Direct Outline") + `</w:p>` + // 9
		para("Heading1", "Review") // 10
	doc := parseFile(t, docxPackage{body: body, styles: spanishStyles}.write(t, "access.docx"), parsers.Options{})

	type want struct {
		title  string
		level  int
		parent int
		line   int
		end    int
	}
	wants := []want{
		{"Access Control Policy", 1, -1, 1, 1},
		{"Purpose", 1, -1, 3, 9},
		{"Alcance", 2, 1, 5, 8},
		{"Sistemas", 3, 2, 6, 8},
		{"Direct Outline", 2, 1, 9, 9},
		{"Review", 1, -1, 10, 10},
	}
	if len(doc.Sections) != len(wants) {
		t.Fatalf("sections = %+v, want %d", doc.Sections, len(wants))
	}
	for i, w := range wants {
		s := doc.Sections[i]
		if s.Title != w.title || s.Level != w.level || s.Parent != w.parent || s.Line != w.line || s.EndLine != w.end {
			t.Errorf("section %d = {%q level %d parent %d line %d end %d}, want %+v", i, s.Title, s.Level, s.Parent, s.Line, s.EndLine, w)
		}
	}
	if got := doc.Sections[3].Path; !slices.Equal(got, []string{"Purpose", "Alcance", "Sistemas"}) {
		t.Errorf("path = %q", got)
	}
	if got := doc.Sections[3].Text; got != "Todos los sistemas.\nContents" {
		t.Errorf("section text = %q", got)
	}

	contents := findStatement(t, doc, "Contents")
	if contents.Source != model.SourceParagraph || contents.Line != 8 {
		t.Errorf("TOC heading = %+v, want a paragraph on line 8", contents)
	}
	rule := findStatement(t, doc, "Todos los sistemas")
	if rule.Section != 3 || !slices.Equal(rule.SectionPath, []string{"Purpose", "Alcance", "Sistemas"}) || rule.Line != 7 {
		t.Errorf("statement = %+v", rule)
	}
	if doc.Title != "Access Control Policy" || doc.Format != model.FormatDOCX || doc.File != "access.docx" {
		t.Errorf("title, format, file = %q, %q, %q", doc.Title, doc.Format, doc.File)
	}
	if !strings.HasPrefix(doc.Text, "Access Control Policy\nPurpose\nThis policy sets access rules.\nAlcance\n") {
		t.Errorf("text = %q", doc.Text)
	}
}

func TestParseStyleIDsWithoutStylesPart(t *testing.T) {
	// A styles.xml with no definitions: the ids alone are read.
	body := para("Ttulo1", "Política") + para("Heading2", "Roles") + para("Normal", "Texto.")
	doc := parseFile(t, docxPackage{body: body, styles: `<w:docDefaults/>`}.write(t, "p.docx"), parsers.Options{})

	if len(doc.Sections) != 2 || doc.Sections[0].Level != 1 || doc.Sections[1].Level != 2 {
		t.Fatalf("sections = %+v, want levels 1 and 2", doc.Sections)
	}
	if doc.Title != "Política" {
		t.Errorf("title = %q", doc.Title)
	}
}

func TestParseNumberedList(t *testing.T) {
	body := para("", "Users must:") +
		listPara("1", "use multi-factor authentication;") +
		listPara("1", "lock their screens.") +
		listPara("0", "Numbering removed.") +
		para("ListNumber", "Numbered by its style.") +
		`<w:p><w:pPr><w:pStyle w:val="ListNumber"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>` + run("Style numbering removed.") + `</w:p>`
	doc := parseBody(t, body)

	sources := map[string]string{
		"Users must:":                      model.SourceParagraph,
		"use multi-factor authentication;": model.SourceListItem,
		"lock their screens.":              model.SourceListItem,
		"Numbering removed.":               model.SourceParagraph,
		"Numbered by its style.":           model.SourceListItem,
		"Style numbering removed.":         model.SourceParagraph,
	}
	for text, source := range sources {
		if got := findStatement(t, doc, text); got.Source != source {
			t.Errorf("%q source = %q, want %q", text, got.Source, source)
		}
	}
	if got := findStatement(t, doc, "lock their").Line; got != 3 {
		t.Errorf("list item line = %d, want 3", got)
	}
}

func TestParseTableMergedCells(t *testing.T) {
	body := para("Heading1", "Access Matrix") +
		tbl(
			row(cell("", "Role"), cell("", "System"), cell("", "Access")),
			row(cell(`<w:vMerge w:val="restart"/>`, "Engineer"), cell("", "AWS"), cell("", "Read")),
			row(cell(`<w:vMerge/>`, ""), cell("", "GitHub"), cell("", "Write")),
			row(cell(`<w:gridSpan w:val="2"/>`, "All staff"), cell("", "Email")),
			row(cell("", ""), cell("", ""), cell("", "")),
		) +
		para("", "After the table.")
	doc := parseBody(t, body)

	if len(doc.Tables) != 1 {
		t.Fatalf("tables = %+v, want 1", doc.Tables)
	}
	table := doc.Tables[0]
	if !slices.Equal(table.Header, []string{"Role", "System", "Access"}) || table.Section != 0 || table.Line != 2 {
		t.Errorf("table = header %q section %d line %d", table.Header, table.Section, table.Line)
	}

	wantRows := [][]string{
		{"Engineer", "AWS", "Read"},
		{"Engineer", "GitHub", "Write"},
		{"All staff", "", "Email"},
	}
	if len(table.Rows) != len(wantRows) {
		t.Fatalf("rows = %+v, want %d (the empty row dropped)", table.Rows, len(wantRows))
	}
	for i, want := range wantRows {
		if !slices.Equal(table.Rows[i].Cells, want) {
			t.Errorf("row %d = %q, want %q", i, table.Rows[i].Cells, want)
		}
	}
	if got := table.Rows[1].Line; got != 8 {
		t.Errorf("second row line = %d, want 8 (its first paragraph)", got)
	}

	statement := findStatement(t, doc, "GitHub")
	if statement.Text != "Role: Engineer; System: GitHub; Access: Write" || statement.Source != model.SourceTableRow {
		t.Errorf("row statement = %+v", statement)
	}
	if got := findStatement(t, doc, "All staff").Text; got != "Role: All staff; Access: Email" {
		t.Errorf("spanned row statement = %q", got)
	}
	if got := findStatement(t, doc, "After the table").Line; got != 16 {
		t.Errorf("paragraph after the table line = %d, want 16", got)
	}
}

func TestParseNestedAndLayoutTables(t *testing.T) {
	nested := tbl(row(cell("", "a"), cell("", "b")), row(cell("", "c"), cell("", "d")))
	body := tbl(
		row(cell("", "Control"), cell("", "Detail")),
		row(cell("", "CC6.1"), `<w:tc><w:p><w:r><w:t>See:</w:t></w:r></w:p>`+nested+`<w:p/></w:tc>`),
	) +
		// A one-column table is a framed box around its paragraphs.
		tbl(row(`<w:tc>`+para("Heading2", "Note")+para("", "Boxed text.")+`</w:tc>`))
	doc := parseBody(t, body)

	if len(doc.Tables) != 1 {
		t.Fatalf("tables = %d, want the nested and the layout table flattened", len(doc.Tables))
	}
	if got := doc.Tables[0].Rows[0].Cells[1]; got != "See:\na | b\nc | d" {
		t.Errorf("cell with nested table = %q", got)
	}
	if len(doc.Sections) != 1 || doc.Sections[0].Title != "Note" {
		t.Errorf("sections = %+v, want the heading in the box", doc.Sections)
	}
	if got := findStatement(t, doc, "Boxed text."); got.Source != model.SourceParagraph || got.Section != 0 {
		t.Errorf("boxed paragraph = %+v", got)
	}
}

func TestParseDocumentControlTable(t *testing.T) {
	body := para("Title", "Incident Response Plan") +
		tbl(
			row(cell(`<w:gridSpan w:val="2"/>`, "Document Control")),
			row(cell("", "Owner"), cell("", "Jane Doe")),
			row(cell("", "Version"), cell("", "2.1")),
			row(cell("", "Approved on"), cell("", "2026-03-01")),
			row(cell("", "Next review"), cell("", "not a date")),
		) +
		para("Heading1", "Purpose")
	doc := parseFile(t, docxPackage{body: body, custom: customProperty("Owner", "Someone Else")}.write(t, "ir.docx"), parsers.Options{})

	md := doc.Metadata
	if md.Source != "document_control" || md.Owner != "Jane Doe" || md.Version != "2.1" || md.ApprovedOn != "2026-03-01" {
		t.Errorf("metadata = %+v", md)
	}
	if md.Line != 3 {
		t.Errorf("metadata line = %d, want 3 (the header row after the caption)", md.Line)
	}
	if len(doc.Problems) != 1 || doc.Problems[0].Rule != "governance-date-format" {
		t.Errorf("problems = %+v, want one about the review date", doc.Problems)
	}
	if got := findStatement(t, doc, "Document Control"); got.Source != model.SourceParagraph || got.Line != 2 {
		t.Errorf("caption = %+v", got)
	}
}

func TestParseHeaderRowControlTable(t *testing.T) {
	body := tbl(
		row(cell("", "Owner"), cell("", "Version"), cell("", "Effective date")),
		row(cell("", "CISO"), cell("", "1.0"), cell("", "2026-01-15")),
	)
	doc := parseBody(t, body)

	md := doc.Metadata
	if md.Source != "document_control" || md.Owner != "CISO" || md.Version != "1.0" || md.Effective != "2026-01-15" {
		t.Errorf("metadata = %+v", md)
	}
}

func TestParseTrackedChanges(t *testing.T) {
	body := `<w:p>` + run("Passwords must be ") +
		`<w:del w:id="1" w:author="A"><w:r><w:delText>eight</w:delText></w:r></w:del>` +
		`<w:ins w:id="2" w:author="A">` + run("twelve") + `</w:ins>` +
		run(" characters.") +
		`<w:moveFrom w:id="3" w:author="A">` + run(" Moved away.") + `</w:moveFrom>` +
		`</w:p>` +
		`<w:p><w:pPr><w:pPrChange w:id="4"><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:pPrChange></w:pPr>` + run("Formerly a heading.") + `</w:p>`
	doc := parseBody(t, body)

	texts := statementTexts(doc)
	if !slices.Equal(texts, []string{"Passwords must be twelve characters.", "Formerly a heading."}) {
		t.Errorf("statements = %q", texts)
	}
	if len(doc.Sections) != 0 {
		t.Errorf("sections = %+v, want none from the former style", doc.Sections)
	}
}

func TestParseFields(t *testing.T) {
	complexField := `<w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
		`<w:r><w:instrText xml:space="preserve"> DOCPROPERTY Owner </w:instrText></w:r>` +
		`<w:r><w:t>MERGEFORMAT hidden</w:t></w:r>` + // instruction text that is not w:instrText
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
		run("Jane Doe") +
		`<w:r><w:fldChar w:fldCharType="end"/></w:r>`
	simpleField := `<w:fldSimple w:instr=" DATE \@ &quot;yyyy&quot; ">` + run("2026") + `</w:fldSimple>`
	nestedField := `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>` +
		`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` + run("1") + `<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
		`<w:r><w:instrText> = 1 "a" "b"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` + run("first") + `<w:r><w:fldChar w:fldCharType="end"/></w:r>`
	body := `<w:p>` + run("Owner: ") + complexField + `</w:p>` +
		`<w:p>` + run("Year ") + simpleField + `</w:p>` +
		`<w:p>` + run("Page is ") + nestedField + `</w:p>`
	doc := parseBody(t, body)

	want := []string{"Owner: Jane Doe", "Year 2026", "Page is first"}
	if got := statementTexts(doc); !slices.Equal(got, want) {
		t.Errorf("statements = %q, want %q", got, want)
	}
}

func TestParseHyperlinkAndContentControl(t *testing.T) {
	body := `<w:p>` + run("See the ") + `<w:hyperlink r:id="rId2"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>access standard</w:t></w:r></w:hyperlink>` + run(".") + `</w:p>` +
		`<w:sdt><w:sdtPr><w:alias w:val="Owner"/><w:placeholder><w:docPart w:val="X"/></w:placeholder></w:sdtPr><w:sdtContent>` +
		para("", "Security Team") + `</w:sdtContent></w:sdt>` +
		`<w:p>` + run("Approver: ") + `<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>` + run("CTO") + `</w:sdtContent></w:sdt></w:p>`
	doc := parseBody(t, body)

	want := []string{"See the access standard.", "Security Team", "Approver: CTO"}
	if got := statementTexts(doc); !slices.Equal(got, want) {
		t.Errorf("statements = %q, want %q", got, want)
	}
}

func TestParseRunText(t *testing.T) {
	body := `<w:p><w:r><w:t>Name</w:t><w:tab/><w:t>Value</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>Line one</w:t><w:br/><w:t>line two</w:t><w:br/><w:br/></w:r></w:p>` +
		`<w:p><w:r><w:t>e</w:t><w:noBreakHyphen/><w:t>mail </w:t><w:sym w:font="Symbol" w:char="2192"/><w:sym w:font="Wingdings" w:char="F0FE"/><w:t> done</w:t></w:r></w:p>` +
		`<w:p><w:r><w:drawing><wp:inline xmlns:wp="x"><a:t xmlns:a="y">chart label</a:t></wp:inline></w:drawing><w:t>Figure</w:t></w:r></w:p>` +
		`<w:p><mc:AlternateContent><mc:Choice Requires="wps">` + run("choice") + `</mc:Choice><mc:Fallback>` + run("fallback") + `</mc:Fallback></mc:AlternateContent></w:p>`
	doc := parseBody(t, body)

	want := []string{"Name Value", "Line one\nline two", "e-mail → done", "Figure", "choice"}
	if got := statementTexts(doc); !slices.Equal(got, want) {
		t.Errorf("statements = %q, want %q", got, want)
	}
}

func TestParseTitleSources(t *testing.T) {
	cases := []struct {
		name string
		pkg  docxPackage
		want string
	}{
		{"core title", docxPackage{body: para("Title", "Body Title"), core: `<dc:title>Core Title</dc:title>`}, "Core Title"},
		{"generated core title", docxPackage{body: para("Title", "Body Title"), core: `<dc:title>policy.docx</dc:title>`}, "Body Title"},
		{"title style", docxPackage{body: para("Heading2", "Intro") + para("Title", "Body Title")}, "Body Title"},
		{"first heading 1", docxPackage{body: para("Heading2", "Intro") + para("Heading1", "Main")}, "Main"},
		{"first heading", docxPackage{body: para("Heading2", "Intro")}, "Intro"},
		{"file name", docxPackage{body: para("", "Text.")}, "Vendor Policy"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := parseFile(t, tc.pkg.write(t, "Vendor Policy.docx"), parsers.Options{})
			if doc.Title != tc.want {
				t.Errorf("title = %q, want %q", doc.Title, tc.want)
			}
		})
	}
}

// customProperty returns a custom document property holding a string.
func customProperty(name, value string) string {
	return `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="` + name + `"><vt:lpwstr>` + value + `</vt:lpwstr></property>`
}

func TestParseCustomProperties(t *testing.T) {
	pkg := docxPackage{
		body: para("", "Text."),
		core: `<dc:creator>Word User</dc:creator><cp:keywords>SOC 2, CC6.1, cc7.2</cp:keywords>`,
		custom: customProperty("Owner", "Security Team") + customProperty("Version", "3") +
			customProperty("Approval date", "2026-02-01") + customProperty("Department", "IT"),
	}
	doc := parseFile(t, pkg.write(t, "p.docx"), parsers.Options{})

	md := doc.Metadata
	if md.Source != "properties" || md.Owner != "Security Team" || md.Version != "3" || md.ApprovedOn != "2026-02-01" {
		t.Errorf("metadata = %+v", md)
	}
	if !slices.Equal(md.Criteria, []string{"CC6.1", "CC7.2"}) {
		t.Errorf("criteria = %q", md.Criteria)
	}
	if _, ok := md.Fields["Department"]; ok {
		t.Errorf("fields = %v, want only document-control keys", md.Fields)
	}
}

func TestParseCreatorIsNotOwner(t *testing.T) {
	doc := parseFile(t, docxPackage{body: para("", "Text."), core: `<dc:creator>Word User</dc:creator>`}.write(t, "p.docx"), parsers.Options{})
	if doc.Metadata.Source != "" || doc.Metadata.Owner != "" {
		t.Errorf("metadata = %+v, want none", doc.Metadata)
	}
}

func TestParseEmptyDocument(t *testing.T) {
	doc := parseBody(t, `<w:p/><w:p><w:r><w:t>  </w:t></w:r></w:p>`)
	if len(doc.Problems) != 1 || doc.Problems[0].Rule != RuleDocumentEmpty {
		t.Errorf("problems = %+v, want one document-empty", doc.Problems)
	}
	if doc.Title != "policy" {
		t.Errorf("title = %q, want the file name", doc.Title)
	}
}
