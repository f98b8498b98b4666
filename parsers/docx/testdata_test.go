package docx

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
)

func TestParseLibreOfficeFile(t *testing.T) {
	file := parsers.File{Path: filepath.Join("testdata", "libreoffice_policy.docx"), Rel: "libreoffice_policy.docx"}
	doc := parseFile(t, file, parsers.Options{})
	checkSane(t, doc)

	if doc.Title != "Access Control Policy" {
		t.Errorf("title = %q", doc.Title)
	}
	titles := make([]string, len(doc.Sections))
	for i, s := range doc.Sections {
		titles[i] = s.Title
	}
	want := []string{"Access Control Policy", "Document Control", "Purpose", "Requirements", "Access Matrix", "Revocation"}
	if !slices.Equal(titles, want) {
		t.Errorf("sections = %q, want %q", titles, want)
	}

	md := doc.Metadata
	if md.Source != "document_control" || md.Owner != "Chief Information Security Officer" || md.Version != "1.2" ||
		md.ApprovedOn != "2026-01-20" || md.NextReview != "2027-01-20" {
		t.Errorf("metadata = %+v", md)
	}

	item := findStatement(t, doc, "Multi-factor authentication")
	if item.Source != model.SourceListItem || item.Section != 3 {
		t.Errorf("list item = %+v", item)
	}
	if len(doc.Tables) != 2 || !slices.Equal(doc.Tables[1].Header, []string{"Role", "System", "Access"}) || len(doc.Tables[1].Rows) != 2 {
		t.Errorf("tables = %+v", doc.Tables)
	}
	if got := findStatement(t, doc, "Administrator").Text; got != "Role: Administrator; System: AWS; Access: Admin" {
		t.Errorf("row statement = %q", got)
	}

	// Paragraph numbers increase through the document.
	for i := 1; i < len(doc.Statements); i++ {
		if doc.Statements[i].Line <= doc.Statements[i-1].Line {
			t.Errorf("statement %d on paragraph %d after paragraph %d", i, doc.Statements[i].Line, doc.Statements[i-1].Line)
		}
	}
}
