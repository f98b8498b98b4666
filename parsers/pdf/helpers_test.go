package pdf

import (
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/model"
)

// assertStatementOnPage fails unless a statement with exactly text sits on
// page.
func assertStatementOnPage(t *testing.T, doc *model.Document, text string, page int) {
	t.Helper()
	for _, s := range doc.Statements {
		if s.Text == text {
			if s.Page != page {
				t.Errorf("statement %q is on page %d, want %d", text, s.Page, page)
			}
			return
		}
	}
	t.Errorf("no statement %q; statements: %q", text, statementTexts(doc))
}

// assertProblem fails unless a problem message contains fragment.
func assertProblem(t *testing.T, doc *model.Document, fragment string) {
	t.Helper()
	for _, p := range doc.Problems {
		if strings.Contains(p.Message, fragment) {
			return
		}
	}
	t.Errorf("no problem mentioning %q; problems: %+v", fragment, doc.Problems)
}

func statementTexts(doc *model.Document) []string {
	texts := make([]string, len(doc.Statements))
	for i, s := range doc.Statements {
		texts[i] = s.Text
	}
	return texts
}
