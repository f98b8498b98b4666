// Package corpustest holds helpers for the tests that read the
// outside corpus, whose root folder SOC2LINT_CORPUS names.
package corpustest

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
)

// Root returns the corpus root from SOC2LINT_CORPUS, or skips the test when
// the variable is unset.
func Root(t *testing.T) string {
	t.Helper()
	root := os.Getenv("SOC2LINT_CORPUS")
	if root == "" {
		t.Skip("SOC2LINT_CORPUS is not set: set it to the corpus root (the folder holding public/, hostile/ and labeled/) to run this test")
	}
	return root
}

// Parse parses the corpus file rel, a slash-separated path under root, with
// the default options.
func Parse(t *testing.T, parse parsers.Func, root, rel string) (*model.Document, error) {
	t.Helper()
	return parse(context.Background(), parsers.File{Path: filepath.Join(root, rel), Rel: rel}, parsers.Options{})
}
