package markdown

import (
	"context"
	"testing"

	"github.com/soc2lint/soc2lint/parsers"
)

// BenchmarkParse parses a generated 8 MiB policy of headings, paragraphs
// with inline markup, nested lists, tables and code blocks.
func BenchmarkParse(b *testing.B) {
	content, _ := generatePolicy(8 << 20)
	data := []byte(content)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()

	for b.Loop() {
		if _, err := parseBytes(context.Background(), data, "bench.md", parsers.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
