package docx

import (
	"fmt"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parsers"
)

// BenchmarkParse parses a document of 24,000 paragraphs (headings, body
// text, list items and table cells), 3.0 MB of document.xml.
func BenchmarkParse(b *testing.B) {
	var body strings.Builder
	for i := range 2000 {
		body.WriteString(para("Heading2", fmt.Sprintf("Section %d", i)))
		for range 6 {
			body.WriteString(para("", "Access to production systems must be reviewed every quarter by the system owner."))
		}
		body.WriteString(listPara("1", "Revoke access within 24 hours."))
		body.WriteString(tbl(row(cell("", "Role"), cell("", "Access")), row(cell("", "Engineer"), cell("", "Read"))))
	}
	file := docxPackage{body: body.String()}.write(b, "bench.docx")

	b.ResetTimer()
	for range b.N {
		parseFile(b, file, parsers.Options{})
	}
}
