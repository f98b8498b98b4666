package lint

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/config"
	"github.com/soc2lint/soc2lint/internal/corpustest"
	"github.com/soc2lint/soc2lint/report"
)

func lintFolder(t *testing.T, dir, asOf string) *report.Report {
	t.Helper()

	cfg := config.Default()
	if path := config.Find(dir); path != "" {
		var err error
		if cfg, err = config.Load(path); err != nil {
			t.Fatalf("loading %s: %v", path, err)
		}
	}
	cfg.AsOf = asOf

	r, err := Run(context.Background(), Options{Paths: []string{dir}, Config: cfg, Version: "test"})
	if err != nil {
		t.Fatalf("linting %s: %v", dir, err)
	}
	return r
}

// TestPublicCorporaLint lints every folder of public templates: no run
// error, every discovered file accounted for, and no finding from a rule
// that failed to evaluate.
func TestPublicCorporaLint(t *testing.T) {
	public := filepath.Join(corpustest.Root(t), "public")
	entries, err := os.ReadDir(public)
	if err != nil {
		t.Fatal(err)
	}

	for _, entry := range entries {
		if !entry.IsDir() {
			continue
		}
		t.Run(entry.Name(), func(t *testing.T) {
			r := lintFolder(t, filepath.Join(public, entry.Name()), "2026-11-30")

			if len(r.Documents) == 0 {
				t.Fatal("no documents linted")
			}
			for _, f := range r.Findings {
				if f.RuleID == "rule-error" || f.RuleID == "rule-timeout" {
					t.Errorf("%s: %s: %s", f.File, f.RuleID, f.Message)
				}
				if f.File != "" && f.Line < 0 {
					t.Errorf("%s: negative line %d", f.File, f.Line)
				}
			}
			for _, doc := range r.Documents {
				if strings.EqualFold(filepath.Base(doc.File), "README.md") {
					t.Errorf("repository README linted: %s", doc.File)
				}
			}
		})
	}
}

// label is one entry of a labeled corpus's answer key.
type label struct {
	File      string `json:"file"`
	Criterion string `json:"criterion"`
	Expect    string `json:"expect"`
}

// TestLabeledCorpusScore lints the labeled corpus and scores it the way its
// scoring script does: a flag label is a hit when a finding on that file
// carries that criterion, a clean label is a false alarm when one does.
// Policy labels (Markdown, PDF and corpus level) are scored on their own,
// because they measure the policy rules apart from the evidence rules.
func TestLabeledCorpusScore(t *testing.T) {
	dir := filepath.Join(corpustest.Root(t), "labeled", "northwind")
	data, err := os.ReadFile(dir + ".labels.json")
	if err != nil {
		t.Fatal(err)
	}
	var labels []label
	if err := json.Unmarshal(data, &labels); err != nil {
		t.Fatal(err)
	}

	r := lintFolder(t, dir, "2026-11-30")

	reported := map[[2]string]bool{}
	for _, f := range r.Findings {
		for _, criterion := range f.Criteria {
			reported[[2]string{f.File, criterion}] = true
		}
	}

	policyLabels := []label{}
	for _, l := range labels {
		ext := strings.ToLower(filepath.Ext(l.File))
		if l.File == "" || ext == ".md" || ext == ".pdf" {
			policyLabels = append(policyLabels, l)
		}
	}

	// The thresholds are the release bar for finding quality on this corpus.
	t.Run("policies", func(t *testing.T) {
		checkScore(t, policyLabels, reported, 0.80, 0.10)
	})

	// Every label, evidence exports included.
	t.Run("all", func(t *testing.T) {
		checkScore(t, labels, reported, 0.85, 0.10)
	})
}

// checkScore computes recall and the false-alarm rate of labels against the
// reported (file, criterion) pairs and fails below minRecall or above
// maxFalseAlarms.
func checkScore(t *testing.T, labels []label, reported map[[2]string]bool, minRecall, maxFalseAlarms float64) {
	t.Helper()

	var flags, hits, cleans, alarms int
	for _, l := range labels {
		key := [2]string{l.File, l.Criterion}
		switch l.Expect {
		case "flag":
			flags++
			if reported[key] {
				hits++
			} else {
				t.Logf("miss: %q %s", l.File, l.Criterion)
			}
		case "clean":
			cleans++
			if reported[key] {
				alarms++
				t.Logf("false alarm: %q %s", l.File, l.Criterion)
			}
		}
	}
	if flags == 0 || cleans == 0 {
		t.Fatalf("labels have %d flag and %d clean entries; both are needed to score", flags, cleans)
	}

	recall := float64(hits) / float64(flags)
	falseAlarms := float64(alarms) / float64(cleans)
	t.Logf("recall %d/%d = %.2f, false alarms %d/%d = %.2f", hits, flags, recall, alarms, cleans, falseAlarms)

	if recall < minRecall {
		t.Errorf("recall %.2f is below %.2f", recall, minRecall)
	}
	if falseAlarms > maxFalseAlarms {
		t.Errorf("false-alarm rate %.2f is above %.2f", falseAlarms, maxFalseAlarms)
	}
}

// TestLongDocumentIsCapped lints a generated policy longer than the
// statement limit: the run finishes, the cap is reported at the first
// statement left out, and the other file is linted as usual.
func TestLongDocumentIsCapped(t *testing.T) {
	dir := t.TempDir()

	var b strings.Builder
	b.WriteString("---\ntitle: Combined Export\nowner: CISO\nversion: 1\napproved_on: 2026-06-01\nnext_review: 2027-06-01\n---\n\n# Combined Export\n\n")
	for range 400 {
		b.WriteString("Access to each system must be approved by its owner.\n\n")
	}
	if err := os.WriteFile(filepath.Join(dir, "combined.md"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	small := "---\ntitle: Small Policy\nowner: CISO\n---\n\n# Small Policy\n\nStaff must complete training annually.\n"
	if err := os.WriteFile(filepath.Join(dir, "small.md"), []byte(small), 0o644); err != nil {
		t.Fatal(err)
	}

	cfg := config.Default()
	cfg.AsOf = "2026-11-30"
	cfg.Limits.MaxStatements = 100

	r, err := Run(context.Background(), Options{Paths: []string{dir}, Config: cfg})
	if err != nil {
		t.Fatal(err)
	}

	var capped []string
	for _, f := range r.Findings {
		if f.RuleID == RuleDocumentTooLarge {
			capped = append(capped, fmt.Sprintf("%s:%d", f.File, f.Line))
		}
	}
	// Statement 101 (index 100) is the paragraph on line 11 + 2*99.
	if len(capped) != 1 || capped[0] != "combined.md:209" {
		t.Errorf("document-too-large findings = %v, want one at combined.md:209", capped)
	}
	if len(r.Documents) != 2 {
		t.Errorf("documents = %d, want both files", len(r.Documents))
	}
}
