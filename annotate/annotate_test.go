package annotate

import (
	"reflect"
	"testing"

	"github.com/soc2lint/soc2lint/model"
)

func TestDocumentSplitsParagraphWithLines(t *testing.T) {
	t.Parallel()

	doc := &model.Document{
		File: "policies/access.md",
		Statements: []model.Statement{{
			Text:        "Access is reviewed\nquarterly by owners. Access must be revoked within 24 hours.\nExceptions may be granted.",
			Source:      model.SourceParagraph,
			Section:     2,
			SectionPath: []string{"Política de Acceso", "Revisión"},
			Location:    model.Location{Line: 10},
		}},
	}
	Document(doc)

	path := []string{"politica de acceso", "revision"}
	want := []model.Statement{
		{
			Text: "Access is reviewed quarterly by owners.", Norm: "access is reviewed quarterly by owners.",
			Source: model.SourceParagraph, Section: 2, SectionPath: path,
			Frequencies: []model.Frequency{{Phrase: "quarterly", Days: 91}}, Durations: []model.Duration{}, Vague: []string{},
			Location: model.Location{Line: 10},
		},
		{
			Text: "Access must be revoked within 24 hours.", Norm: "access must be revoked within 24 hours.",
			Source: model.SourceParagraph, Section: 2, SectionPath: path, Modality: ModalityMust,
			Frequencies: []model.Frequency{}, Durations: []model.Duration{{Phrase: "within 24 hours", Hours: 24}}, Vague: []string{},
			Location: model.Location{Line: 11},
		},
		{
			Text: "Exceptions may be granted.", Norm: "exceptions may be granted.",
			Source: model.SourceParagraph, Section: 2, SectionPath: path, Modality: ModalityMay,
			Frequencies: []model.Frequency{}, Durations: []model.Duration{}, Vague: []string{},
			Location: model.Location{Line: 12},
		},
	}
	if !reflect.DeepEqual(doc.Statements, want) {
		t.Errorf("statements =\n%+v\nwant\n%+v", doc.Statements, want)
	}
}

func TestDocumentKeepsHeadingsAndRowsWhole(t *testing.T) {
	t.Parallel()

	doc := &model.Document{Statements: []model.Statement{
		{Text: "1. Scope. Purpose", Source: model.SourceHeading, Location: model.Location{Line: 1}},
		{Text: "Control: Access review. Frequency: Quarterly", Source: model.SourceTableRow, Location: model.Location{Line: 5}},
		{Text: "First item. Second sentence\nof the item.", Source: model.SourceListItem, Location: model.Location{Line: 8}},
	}}
	Document(doc)

	var got []string
	var lines []int
	for _, s := range doc.Statements {
		got = append(got, s.Text)
		lines = append(lines, s.Line)
	}
	wantText := []string{"1. Scope. Purpose", "Control: Access review. Frequency: Quarterly", "First item.", "Second sentence of the item."}
	if !reflect.DeepEqual(got, wantText) {
		t.Errorf("texts = %q, want %q", got, wantText)
	}
	if wantLines := []int{1, 5, 8, 8}; !reflect.DeepEqual(lines, wantLines) {
		t.Errorf("lines = %v, want %v", lines, wantLines)
	}
	if f := doc.Statements[1].Frequencies; len(f) != 1 || f[0].Days != 91 {
		t.Errorf("table row frequencies = %v, want one of 91 days", f)
	}
}

func TestDocumentPDFKeepsPage(t *testing.T) {
	t.Parallel()

	doc := &model.Document{Format: model.FormatPDF, Statements: []model.Statement{
		{Text: "One sentence.\nAnother one.", Source: model.SourceParagraph, Location: model.Location{Page: 4}},
	}}
	Document(doc)

	if len(doc.Statements) != 2 {
		t.Fatalf("got %d statements, want 2", len(doc.Statements))
	}
	for _, s := range doc.Statements {
		if s.Page != 4 || s.Line != 0 {
			t.Errorf("statement %q at page %d line %d, want page 4 line 0", s.Text, s.Page, s.Line)
		}
	}
}

func TestDocumentDropsBlankStatements(t *testing.T) {
	t.Parallel()

	doc := &model.Document{Statements: []model.Statement{
		{Text: " \n ", Source: model.SourceParagraph, Location: model.Location{Line: 1}},
		{Text: "", Source: model.SourceHeading, Location: model.Location{Line: 2}},
		{Text: "Kept.", Source: model.SourceParagraph, Location: model.Location{Line: 3}},
	}}
	Document(doc)

	if len(doc.Statements) != 1 || doc.Statements[0].Text != "Kept." {
		t.Errorf("statements = %+v, want only \"Kept.\"", doc.Statements)
	}
}

func TestDocumentSetsLanguageAndKind(t *testing.T) {
	t.Parallel()

	spanish := []string{
		"Esta política define los requisitos para el acceso a los sistemas de la empresa.",
		"Todos los usuarios deben usar autenticación multifactor.",
		"El responsable de cada sistema debe revisar los accesos cada trimestre.",
	}
	doc := &model.Document{File: "docs/acceso.md", Title: "Acceso"}
	for i, text := range spanish {
		doc.Statements = append(doc.Statements, model.Statement{Text: text, Source: model.SourceParagraph, Location: model.Location{Line: i + 1}})
	}
	Document(doc)

	if doc.Language != model.LangSpanish {
		t.Errorf("Language = %q, want %q", doc.Language, model.LangSpanish)
	}
	if doc.Kind != model.KindPolicy {
		t.Errorf("Kind = %q, want %q from two must sentences", doc.Kind, model.KindPolicy)
	}
}

func TestDocumentKeepsParserKind(t *testing.T) {
	t.Parallel()

	doc := &model.Document{File: "policies/x.md", Kind: model.KindStandard}
	Document(doc)

	if doc.Kind != model.KindStandard {
		t.Errorf("Kind = %q, want the parser's %q", doc.Kind, model.KindStandard)
	}
}

func TestDocumentLanguageFromText(t *testing.T) {
	t.Parallel()

	doc := &model.Document{Text: "This policy defines the requirements for access to the systems of the company. All users must use multi-factor authentication and the owner reviews access."}
	Document(doc)

	if doc.Language != model.LangEnglish {
		t.Errorf("Language = %q, want %q", doc.Language, model.LangEnglish)
	}
}

func TestDocumentDeterministic(t *testing.T) {
	t.Parallel()

	build := func() *model.Document {
		doc := generatedDocument(20_000)
		Document(doc)
		return doc
	}
	if first, second := build(), build(); !reflect.DeepEqual(first, second) {
		t.Error("two runs over the same document gave different annotations")
	}
}
