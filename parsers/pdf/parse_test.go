package pdf

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
	"github.com/soc2lint/soc2lint/parsers/pdf/internal/pdftest"
)

// policyPages is a two-page policy: a title and headings in larger bold
// fonts, a document-control table, paragraphs, bullets, a numbered
// subheading in the body font, and a footer on each page. Page 2 has two
// content streams, where the first ends without white space after its
// last operator, lines painted bottom first, and words placed without space
// glyphs.
func policyPages() []pdftest.Page {
	t := pdftest.Text
	page1 := t("F2", 18, 72, 720, "Access Control Policy") +
		t("F2", 14, 72, 690, "Document Control") +
		t("F1", 10, 72, 670, "Owner") + t("F1", 10, 220, 670, "Jane Doe") +
		t("F1", 10, 72, 655, "Version") + t("F1", 10, 220, 655, "2.1") +
		t("F1", 10, 72, 640, "Approved by") + t("F1", 10, 220, 640, "Chief Executive Officer") +
		t("F1", 10, 72, 625, "Approval date") + t("F1", 10, 220, 625, "20/04/2026") +
		t("F1", 10, 72, 610, "Next review") + t("F1", 10, 220, 610, "2027-04-20") +
		t("F2", 14, 72, 580, "1. Purpose") +
		t("F1", 10, 72, 560, "This policy sets the rules for granting") +
		t("F1", 10, 72, 548, "and removing access to company systems.") +
		t("F1", 10, 72, 520, "It applies to all staff and contractors.") +
		t("F2", 14, 72, 490, "2. Rules") +
		t("F1", 10, 80, 470, "\x95") + t("F1", 10, 95, 470, "Access is granted on least privilege.") +
		t("F1", 10, 80, 455, "- Access reviews happen every quarter and") +
		t("F1", 10, 95, 443, "are recorded in the ticket system.") +
		t("F1", 10, 80, 428, "a. Administrators use separate accounts.") +
		t("F1", 10, 72, 400, "2.1 Remote access") +
		t("F1", 10, 72, 385, "Remote access requires a company laptop.") +
		t("F1", 8, 500, 30, "Page 1 of 2")

	firstStream := "BT /F1 10 Tf 14 TL 72 700 Td (Passwords are never shared.) Tj"
	secondStream := "T* (Sessions lock after 15 minutes.) Tj ET\n" +
		t("F1", 10, 72, 600, "second line") +
		t("F1", 10, 72, 612, "first line") +
		"BT /F3 10 Tf 72 570 Td [(Multi) 20 (factor) -300 (authentication) -300 (is) -300 (required.)] TJ ET\n" +
		t("F1", 10, 72, 550, "Keys") + t("F1", 10, 100, 550, "rotate") + t("F1", 10, 140, 550, "yearly.") +
		t("F1", 8, 500, 30, "Page 2 of 2")

	return []pdftest.Page{
		{Streams: []string{page1}},
		{Streams: []string{firstStream, secondStream}},
	}
}

func TestParsePolicyStructure(t *testing.T) {
	path := writePDF(t, "policy.pdf", pdftest.Document(policyPages(), ""))
	doc, err := Parse(context.Background(), parsers.File{Path: path, Rel: "policies/policy.pdf"}, parsers.Options{})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}

	if doc.Format != model.FormatPDF || doc.File != "policies/policy.pdf" {
		t.Errorf("Format, File = %q, %q", doc.Format, doc.File)
	}
	if doc.Title != "Access Control Policy" {
		t.Errorf("Title = %q, want the first heading", doc.Title)
	}

	md := doc.Metadata
	if md.Source != "document_control" {
		t.Errorf("Metadata.Source = %q, want document_control", md.Source)
	}
	if md.Owner != "Jane Doe" || md.Version != "2.1" || md.ApprovedBy != "Chief Executive Officer" {
		t.Errorf("Owner, Version, ApprovedBy = %q, %q, %q", md.Owner, md.Version, md.ApprovedBy)
	}
	if md.ApprovedOn != "2026-04-20" || md.NextReview != "2027-04-20" {
		t.Errorf("ApprovedOn, NextReview = %q, %q, want 2026-04-20, 2027-04-20", md.ApprovedOn, md.NextReview)
	}
	if md.Page != 1 {
		t.Errorf("Metadata.Page = %d, want 1", md.Page)
	}

	var titles []string
	levels := map[string]int{}
	for _, s := range doc.Sections {
		titles = append(titles, s.Title)
		levels[s.Title] = s.Level
	}
	wantTitles := []string{"Access Control Policy", "Document Control", "1. Purpose", "2. Rules", "2.1 Remote access"}
	if !slices.Equal(titles, wantTitles) {
		t.Fatalf("section titles = %q, want %q", titles, wantTitles)
	}
	if levels["Access Control Policy"] != 1 || levels["1. Purpose"] != 2 || levels["2.1 Remote access"] != 3 {
		t.Errorf("levels = %v, want title 1, numbered sections 2, subsection 3", levels)
	}
	if parent := doc.Sections[4].Parent; parent != 3 {
		t.Errorf("parent of 2.1 = %d, want 3 (2. Rules)", parent)
	}
	if !strings.Contains(doc.Sections[3].Text, "Remote access requires a company laptop.") {
		t.Errorf("section 2 text %q does not include its subsection", doc.Sections[3].Text)
	}

	want := []struct {
		text, source string
		page, line   int
	}{
		{"Owner: Jane Doe", model.SourceTableRow, 1, 3},
		{"1. Purpose", model.SourceHeading, 1, 8},
		{"This policy sets the rules for granting\nand removing access to company systems.", model.SourceParagraph, 1, 9},
		{"It applies to all staff and contractors.", model.SourceParagraph, 1, 11},
		{"Access is granted on least privilege.", model.SourceListItem, 1, 13},
		{"Access reviews happen every quarter and\nare recorded in the ticket system.", model.SourceListItem, 1, 14},
		{"Administrators use separate accounts.", model.SourceListItem, 1, 16},
		{"2.1 Remote access", model.SourceHeading, 1, 17},
		{"Passwords are never shared.\nSessions lock after 15 minutes.", model.SourceParagraph, 2, 1},
		{"first line\nsecond line", model.SourceParagraph, 2, 3},
		{"Multifactor authentication is required.", model.SourceParagraph, 2, 5},
		{"Keys rotate yearly.", model.SourceParagraph, 2, 6},
	}
	for _, w := range want {
		s, ok := findStatement(doc, w.text)
		if !ok {
			t.Errorf("no statement %q; statements: %q", w.text, statementTexts(doc))
			continue
		}
		if s.Source != w.source || s.Page != w.page || s.Line != w.line {
			t.Errorf("statement %q: source %s page %d line %d, want %s page %d line %d",
				w.text, s.Source, s.Page, s.Line, w.source, w.page, w.line)
		}
	}

	for _, s := range doc.Statements {
		if strings.Contains(s.Text, "Page 1 of 2") || strings.Contains(s.Text, "Page 2 of 2") {
			t.Errorf("footer became a statement: %q", s.Text)
		}
		if s.Frequencies == nil || s.Durations == nil || s.Vague == nil || s.SectionPath == nil {
			t.Errorf("statement %q has a nil slice", s.Text)
		}
	}
	if !strings.Contains(doc.Text, "Page 2 of 2") {
		t.Error("Text lost the footer")
	}

	if len(doc.Tables) != 1 || len(doc.Tables[0].Rows) != 5 {
		t.Fatalf("tables = %+v, want one table of 5 rows", doc.Tables)
	}
	if got := doc.Tables[0].Rows[0].Cells; !slices.Equal(got, []string{"Owner", "Jane Doe"}) {
		t.Errorf("first row = %q", got)
	}
}

func TestParseTableWithHeader(t *testing.T) {
	tx := pdftest.Text
	page := tx("F2", 10, 72, 700, "System") + tx("F2", 10, 200, 700, "Owner") + tx("F2", 10, 330, 700, "Review") +
		tx("F1", 10, 72, 685, "Payroll") + tx("F1", 10, 200, 685, "Finance") + tx("F1", 10, 330, 685, "Quarterly") +
		tx("F1", 10, 72, 670, "Source code") + tx("F1", 10, 200, 670, "Engineering") + tx("F1", 10, 330, 670, "Every six") +
		tx("F1", 10, 330, 658, "months")
	doc := parseBytes(t, pdftest.Document([]pdftest.Page{{Streams: []string{page}}}, ""))

	if len(doc.Tables) != 1 {
		t.Fatalf("got %d tables, want 1", len(doc.Tables))
	}
	table := doc.Tables[0]
	if !slices.Equal(table.Header, []string{"System", "Owner", "Review"}) {
		t.Errorf("Header = %q", table.Header)
	}
	if len(table.Rows) != 2 || !slices.Equal(table.Rows[1].Cells, []string{"Source code", "Engineering", "Every six months"}) {
		t.Errorf("Rows = %+v, want the wrapped cell joined", table.Rows)
	}
	assertStatementOnPage(t, doc, "System: Payroll; Owner: Finance; Review: Quarterly", 1)
}

func TestParseKeyValueLinesAndInfo(t *testing.T) {
	tx := pdftest.Text
	withControl := tx("F1", 10, 72, 700, "Owner: Security Team") +
		tx("F1", 10, 72, 686, "Next review: 01/03/2027") +
		tx("F1", 10, 72, 650, "Staff must lock screens.")
	doc := parseBytes(t, pdftest.Document([]pdftest.Page{{Streams: []string{withControl}}}, "/Title (Screen Lock Standard) /Author (Someone Else)"))

	if doc.Metadata.Source != "document_control" || doc.Metadata.Owner != "Security Team" {
		t.Errorf("Metadata = %+v, want the owner from the Key: value line", doc.Metadata)
	}
	if doc.Metadata.NextReview != "2027-03-01" {
		t.Errorf("NextReview = %q, want 2027-03-01 read day first", doc.Metadata.NextReview)
	}
	if doc.Title != "Screen Lock Standard" {
		t.Errorf("Title = %q, want the information dictionary title", doc.Title)
	}

	plain := tx("F1", 10, 72, 700, "Staff must lock screens.")
	doc = parseBytes(t, pdftest.Document([]pdftest.Page{{Streams: []string{plain}}}, "/Title (Microsoft Word - lock.docx) /Author (Jane Doe)"))
	if doc.Metadata.Source != "properties" || doc.Metadata.Owner != "Jane Doe" {
		t.Errorf("Metadata = %+v, want the author from the properties", doc.Metadata)
	}
	if doc.Title != "doc" {
		t.Errorf("Title = %q, want the file name for a generated title and no heading", doc.Title)
	}
}

func TestParseBlankPageWithoutContents(t *testing.T) {
	pages := []pdftest.Page{{}, {Streams: []string{pdftest.Text("F1", 12, 72, 700, "page two text")}}}
	doc := parseBytes(t, pdftest.Document(pages, ""))
	assertStatementOnPage(t, doc, "page two text", 2)
}

func TestParsePageCountLies(t *testing.T) {
	data := pdftest.Document([]pdftest.Page{{Streams: []string{pdftest.Text("F1", 12, 72, 700, "only page")}}}, "")
	data = []byte(strings.Replace(string(data), "/Count 1", "/Count 7", 1))
	doc := parseBytes(t, data)

	assertStatementOnPage(t, doc, "only page", 1)
	assertProblem(t, doc, "/Count 7")
}

func TestParseCyclicPageTree(t *testing.T) {
	var f pdftest.File
	catalog := f.Add("<< /Type /Catalog /Pages 2 0 R >>")
	f.Add("<< /Type /Pages /Kids [2 0 R 2 0 R 3 0 R] /Count 3 >>")
	f.Add("<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
	f.AddStream("", pdftest.Text("F1", 12, 72, 700, "loop"))
	f.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")

	start := time.Now()
	doc, err := Parse(context.Background(), parsers.File{Path: writePDF(t, "cycle.pdf", f.Bytes(catalog)), Rel: "cycle.pdf"}, parsers.Options{Timeout: 10 * time.Second})
	if elapsed := time.Since(start); elapsed > 5*time.Second {
		t.Errorf("parse took %s", elapsed)
	}
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	assertProblem(t, doc, "cyclic")
}

func TestParseErrors(t *testing.T) {
	valid := pdftest.Document([]pdftest.Page{{Streams: []string{pdftest.Text("F1", 12, 72, 700, "text")}}}, "")

	var encrypted pdftest.File
	encrypted.TrailerExtra = "/Encrypt 4 0 R /ID [<00112233> <00112233>]"
	encryptedRoot := encrypted.Add("<< /Type /Catalog /Pages 2 0 R >>")
	encrypted.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	encrypted.Add("<< /Type /Page /Parent 2 0 R >>")
	encrypted.Add("<< /Filter /Standard /V 2 /R 3 /Length 128 /O <00> /U <00> /P -4 >>")

	deep := []byte(strings.Replace(string(valid), "trailer\n<<", "trailer\n<< /Deep "+strings.Repeat("[", 100_000)+strings.Repeat("]", 100_000), 1))

	cases := []struct {
		name     string
		data     []byte
		opts     parsers.Options
		want     error
		fragment string
	}{
		{"zero bytes", nil, parsers.Options{}, parsers.ErrUnreadable, "empty"},
		{"not a PDF", []byte("# Access policy\n\nThis is Markdown.\n"), parsers.Options{}, parsers.ErrUnreadable, "not a PDF"},
		{"truncated", valid[:len(valid)/2], parsers.Options{}, parsers.ErrUnreadable, "truncated"},
		{"encrypted", encrypted.Bytes(encryptedRoot), parsers.Options{}, parsers.ErrEncrypted, "export it without a password"},
		{"no text layer", pdftest.Document([]pdftest.Page{{Streams: []string{"0 0 m 200 200 l S"}}}, ""), parsers.Options{}, parsers.ErrUnreadable, "OCR it first"},
		{"deep nesting", deep, parsers.Options{}, parsers.ErrUnreadable, "nest deeper"},
		{"huge xref size", []byte(strings.Replace(string(valid), "/Size ", "/Size 99999999", 1)), parsers.Options{}, parsers.ErrUnreadable, "/Size"},
		{"over size limit", valid, parsers.Options{MaxFileBytes: 100}, parsers.ErrLimit, "limits.max_file_bytes"},
	}

	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := writePDF(t, "policy.pdf", tc.data)
			doc, err := Parse(context.Background(), parsers.File{Path: path, Rel: "policies/policy.pdf"}, tc.opts)
			if !errors.Is(err, tc.want) {
				t.Fatalf("error = %v, want one wrapping %v", err, tc.want)
			}
			if doc != nil {
				t.Error("got a document with the error")
			}
			if !strings.Contains(err.Error(), "policies/policy.pdf") || !strings.Contains(err.Error(), tc.fragment) {
				t.Errorf("error %q does not name the file and say %q", err, tc.fragment)
			}
		})
	}
}

func TestParseTimeout(t *testing.T) {
	path := writePDF(t, "policy.pdf", pdftest.Document(policyPages(), ""))

	doc, err := Parse(context.Background(), parsers.File{Path: path, Rel: "policy.pdf"}, parsers.Options{Timeout: time.Nanosecond})
	if !errors.Is(err, parsers.ErrLimit) {
		t.Fatalf("error = %v, want one wrapping ErrLimit", err)
	}
	if doc != nil {
		t.Error("got a document with the error")
	}
	if !strings.Contains(err.Error(), "timed out") {
		t.Errorf("error %q does not say the parse timed out", err)
	}
}

func TestParseCanceledContext(t *testing.T) {
	path := writePDF(t, "policy.pdf", pdftest.Document(policyPages(), ""))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()

	_, err := Parse(ctx, parsers.File{Path: path, Rel: "policy.pdf"}, parsers.Options{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error = %v, want context.Canceled", err)
	}
}

func TestParsePDF2Header(t *testing.T) {
	var f pdftest.File
	f.Header = "%PDF-2.0"
	catalog := f.Add("<< /Type /Catalog /Pages 2 0 R >>")
	f.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	f.Add("<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>")
	f.AddStream("", pdftest.Text("F1", 12, 72, 700, "Version two text."))
	f.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")

	doc := parseBytes(t, f.Bytes(catalog))
	assertStatementOnPage(t, doc, "Version two text.", 1)
}

// TestParseTestdata parses every file kept in testdata: none may fail,
// and every statement has a page and a line.
func TestParseTestdata(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.pdf"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata PDFs: %v", err)
	}
	for _, path := range files {
		doc, err := Parse(context.Background(), parsers.File{Path: path, Rel: path}, parsers.Options{})
		if err != nil {
			t.Errorf("Parse(%s): %v", path, err)
			continue
		}
		if len(doc.Statements) == 0 {
			t.Errorf("%s: no statement", path)
		}
		for _, s := range doc.Statements {
			if s.Page < 1 || s.Line < 1 {
				t.Errorf("%s: statement %q has location %+v", path, s.Text, s.Location)
			}
		}
	}
}

func findStatement(doc *model.Document, text string) (model.Statement, bool) {
	for _, s := range doc.Statements {
		if s.Text == text {
			return s, true
		}
	}
	return model.Statement{}, false
}

func parseBytes(t *testing.T, data []byte) *model.Document {
	t.Helper()
	path := writePDF(t, "doc.pdf", data)
	doc, err := Parse(context.Background(), parsers.File{Path: path, Rel: "doc.pdf"}, parsers.Options{})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return doc
}

func writePDF(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
