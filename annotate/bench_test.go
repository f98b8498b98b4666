package annotate

import (
	"fmt"
	"testing"

	"github.com/soc2lint/soc2lint/model"
)

// generatedParagraphs mix the constructs the annotator looks for, in
// English and Spanish, with line breaks inside paragraphs.
var generatedParagraphs = []string{
	"Access to production systems must be approved by the system owner.\nAccess is reviewed quarterly, e.g. by the platform team. Exceptions may be granted by the CISO.",
	"Security incidents must be reported within 24 hours. Customers are notified no later than 72 hours\nafter confirmation, where possible by email.",
	"Logs are reviewed periodically, at least monthly. Backups run daily and are tested every 6 months using TLS 1.2 or higher.",
	"Los accesos deben revisarse cada tres meses. El responsable podrá conceder excepciones\nen un plazo de 5 días hábiles.",
	"Se recomienda cifrar los portátiles. Las contraseñas se cambian periódicamente, p. ej. cada 90 días. Queda prohibido compartir cuentas.",
	"Employees accrue annual leave according to local law. The annual revenue of the company is not relevant to this policy.",
}

// generatedDocument builds a document of about size bytes of statement
// text: paragraphs under headings, with a list item and a table row after
// each paragraph.
func generatedDocument(size int) *model.Document {
	doc := &model.Document{File: "policies/generated.md", Format: model.FormatMarkdown, Title: "Generated Policy"}

	line := 1
	bytes := 0
	for i := 0; bytes < size; i++ {
		if i%10 == 0 {
			heading := fmt.Sprintf("Section %d", i/10+1)
			doc.Statements = append(doc.Statements, model.Statement{
				Text: heading, Source: model.SourceHeading, Section: i / 10,
				Location: model.Location{Line: line},
			})
			line += 2
		}

		path := []string{"Generated Policy", fmt.Sprintf("Section %d", i/10+1)}
		text := generatedParagraphs[i%len(generatedParagraphs)]
		doc.Statements = append(doc.Statements,
			model.Statement{Text: text, Source: model.SourceParagraph, Section: i / 10, SectionPath: path, Location: model.Location{Line: line}},
			model.Statement{Text: "Review access quarterly.", Source: model.SourceListItem, Section: i / 10, SectionPath: path, Location: model.Location{Line: line + 3}},
			model.Statement{Text: "Control: Access review; Frequency: Annual", Source: model.SourceTableRow, Section: i / 10, SectionPath: path, Location: model.Location{Line: line + 5}},
		)
		line += 7
		bytes += len(text) + 64
	}
	return doc
}

// cloneStatements copies the statements so that each benchmark run
// annotates fresh blocks.
func cloneStatements(doc *model.Document) *model.Document {
	copied := *doc
	copied.Statements = append([]model.Statement(nil), doc.Statements...)
	return &copied
}

// BenchmarkDocument annotates generated documents of two sizes; equal
// MB/s at both sizes shows that the cost grows linearly with the text.
func BenchmarkDocument(b *testing.B) {
	for _, size := range []int{1 << 20, 8 << 20} {
		b.Run(fmt.Sprintf("%dMB", size>>20), func(b *testing.B) {
			source := generatedDocument(size)
			b.SetBytes(int64(size))
			b.ReportAllocs()

			for b.Loop() {
				b.StopTimer()
				doc := cloneStatements(source)
				b.StartTimer()

				Document(doc)
			}
		})
	}
}

func BenchmarkNormalize(b *testing.B) {
	text := "La política de **acceso** debe revisarse “trimestralmente” — sin excepciones."
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()

	for b.Loop() {
		Normalize(text)
	}
}
