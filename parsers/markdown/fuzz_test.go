package markdown

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/soc2lint/soc2lint/parsers"
)

// fuzzTimeout is far above the time any input of fuzzing size takes, so an
// input that takes longer is a hang.
const fuzzTimeout = 5 * time.Second

// FuzzParse parses arbitrary bytes. A parse may fail only as unreadable;
// otherwise the document must keep its invariants.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.md"))
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("name: X\nsatisfies: {TSC: [CC6.1]}\n---\n# T\r\n"))
	f.Add([]byte("\ufeff---\r\ntitle: [a\r\n---\r\n| a |\r\n|---|\r\n| `x\\|y` |"))

	f.Fuzz(func(t *testing.T, data []byte) {
		done := make(chan struct{})
		timer := time.AfterFunc(fuzzTimeout, func() {
			select {
			case <-done:
			default:
				panic(fmt.Sprintf("parsing %d bytes took over %v: %q", len(data), fuzzTimeout, data))
			}
		})
		defer timer.Stop()

		doc, err := parseBytes(context.Background(), data, "fuzz.md", parsers.Options{})
		close(done)
		if err != nil {
			return
		}
		checkSane(t, doc, lineCount(string(normalizeText(data))))
	})
}
