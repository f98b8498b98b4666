package evidence_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/annotate"
	"github.com/soc2lint/soc2lint/dates"
	"github.com/soc2lint/soc2lint/evidence"
	"github.com/soc2lint/soc2lint/finding"
	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
	"github.com/soc2lint/soc2lint/parsers/dispatch"
)

// writeFile writes content to name in a temporary folder.
func writeFile(t *testing.T, name, content string) parsers.File {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return parsers.File{Path: path, Rel: name}
}

// loaded parses and recognizes a file the way lint does for a small file.
func loaded(t *testing.T, file parsers.File, format string) *model.Document {
	t.Helper()
	doc, err := dispatch.Parse(context.Background(), file, format, parsers.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc.File = file.Rel
	annotate.Document(doc)
	evidence.Apply(doc, nil, dates.DMY)
	return doc
}

func summarize(findings []finding.Finding) []string {
	var out []string
	for _, f := range findings {
		out = append(out, fmt.Sprintf("%s %d %s%s %s", f.RuleID, f.Line, f.Sheet, f.Cell, f.Messages["en"]))
	}
	return out
}

// changeLog builds a change export with n rows, every seventh approved by
// its own author and every eleventh untested.
func changeLog(n int) string {
	var b strings.Builder
	b.WriteString("Change ID,Requested By,Approved By,Approved On,Deployed On,Tests Passed\n")
	for i := 1; i <= n; i++ {
		approver := fmt.Sprintf("reviewer%d", i%3)
		if i%7 == 0 {
			approver = fmt.Sprintf("Dev%d", i%5)
		}
		tested := "yes"
		if i%11 == 0 {
			tested = "no"
		}
		fmt.Fprintf(&b, "C-%04d,dev%d,%s,2026-02-%02d 10:00,2026-02-%02d 15:00,%s\n", i, i%5, approver, 1+i%27, 1+i%27, tested)
	}
	return b.String()
}

func TestStreamedMatchesLoaded(t *testing.T) {
	file := writeFile(t, "changes.csv", changeLog(40))
	eng := newEngine(t, "2026-11-30", nil)

	small := loaded(t, file, model.FormatCSV)
	want, err := evidence.Evaluate(context.Background(), eng, small, file, parsers.Options{}, 0)
	if err != nil {
		t.Fatal(err)
	}

	streamed, err := evidence.Probe(context.Background(), file, model.FormatCSV, parsers.Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if streamed.Evidence.Type != evidence.TypeChange || streamed.Evidence.Records != nil {
		t.Fatalf("probe: type %q, records %v", streamed.Evidence.Type, streamed.Evidence.Records)
	}
	got, err := evidence.Evaluate(context.Background(), eng, streamed, file, parsers.Options{}, 3)
	if err != nil {
		t.Fatal(err)
	}

	if len(want) == 0 {
		t.Fatal("the loaded path found nothing; the export has failing rows")
	}
	if strings.Join(summarize(got), "\n") != strings.Join(summarize(want), "\n") {
		t.Errorf("streamed findings differ:\n%s\nloaded:\n%s", strings.Join(summarize(got), "\n"), strings.Join(summarize(want), "\n"))
	}
}

func TestRowFindingsAreFolded(t *testing.T) {
	file := writeFile(t, "changes.csv", changeLog(40))
	eng := newEngine(t, "2026-11-30", nil)

	findings, err := evidence.Evaluate(context.Background(), eng, loaded(t, file, model.FormatCSV), file, parsers.Options{}, 0)
	if err != nil {
		t.Fatal(err)
	}

	byRule := map[string][]finding.Finding{}
	for _, f := range findings {
		byRule[f.RuleID] = append(byRule[f.RuleID], f)
	}

	// Rows 7, 14, 21, 28 and 35 are self-approved: five, listed one by one.
	if n := len(byRule["evidence-change-approval"]); n != 5 {
		t.Errorf("change approval: %d findings, want 5: %v", n, summarize(byRule["evidence-change-approval"]))
	}
	// Rows 11, 22 and 33 are untested: three, listed one by one.
	if n := len(byRule["evidence-change-testing"]); n != 3 {
		t.Errorf("change testing: %d findings, want 3", n)
	}

	many := writeFile(t, "many.csv", changeLog(120))
	folded, err := evidence.Evaluate(context.Background(), eng, loaded(t, many, model.FormatCSV), many, parsers.Options{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	var approval []finding.Finding
	for _, f := range folded {
		if f.RuleID == "evidence-change-approval" {
			approval = append(approval, f)
		}
	}
	if len(approval) != 1 {
		t.Fatalf("120 rows: %d approval findings, want one folded finding", len(approval))
	}
	message := approval[0].Messages["en"]
	if !strings.HasPrefix(message, "17 rows fail this check; the first are line 8, line 15, line 22, line 29, line 36.") {
		t.Errorf("folded message: %s", message)
	}
	if approval[0].Line != 8 {
		t.Errorf("folded finding at line %d, want the first failing row, 8", approval[0].Line)
	}
}
