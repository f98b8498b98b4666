package config

import (
	"strings"
	"testing"
)

func TestEvidenceEntries(t *testing.T) {
	cfg, err := Parse(".soc2lint.yaml", []byte(`evidence:
  - file: "evidence/**/uar*.csv"
    type: access_review
    columns:
      reviewer: Approved By
      review_date: Signed On
  - file: evidence/changes.xlsx
    type: change
    sheet: Changes
`))
	if err != nil {
		t.Fatal(err)
	}

	override := cfg.EvidenceOverride("evidence/2026/uar-q1.csv")
	if override == nil || override.Type != "access_review" || override.Columns["reviewer"] != "Approved By" {
		t.Fatalf("override for a matching file: %+v", override)
	}
	if got := cfg.EvidenceOverride("evidence/changes.xlsx"); got == nil || got.Sheet != "Changes" {
		t.Errorf("sheet override: %+v", got)
	}
	if cfg.EvidenceOverride("policies/access.md") != nil {
		t.Error("override for a file no glob matches")
	}
}

func TestEvidenceErrorsNameKeyAndLine(t *testing.T) {
	cases := map[string]struct {
		yaml string
		want string
	}{
		"unknown type":  {"evidence:\n  - file: a.csv\n    type: payroll\n", ".soc2lint.yaml:3: evidence[0].type: unknown evidence type \"payroll\""},
		"unknown field": {"evidence:\n  - file: a.csv\n    type: change\n    columns:\n      approvr: Approver\n", ".soc2lint.yaml:5: evidence[0].columns.approvr: unknown field for type change"},
		"unknown key":   {"evidence:\n  - file: a.csv\n    type: change\n    colums: {}\n", ".soc2lint.yaml:4: evidence[0].colums: unknown key"},
		"not a list":    {"evidence:\n  file: a.csv\n", ".soc2lint.yaml:2: evidence: must be a list"},
		"missing file":  {"evidence:\n  - type: change\n", ".soc2lint.yaml:2: evidence[0].file: missing"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Parse(".soc2lint.yaml", []byte(tc.yaml))
			if err == nil {
				t.Fatal("accepted")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not contain %q", err, tc.want)
			}
		})
	}
}
