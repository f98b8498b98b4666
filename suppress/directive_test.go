package suppress

import (
	"slices"
	"strings"
	"testing"
)

func TestScanBlockDirective(t *testing.T) {
	src := strings.Join([]string{
		"# Access Control Policy", // 1
		"",                        // 2
		"<!-- soc2lint-disable access-mfa: Break-glass accounts use hardware keys instead. -->", // 3
		"Administrators should use MFA where possible.",                                         // 4
		"Remote staff should use MFA too.",                                                      // 5
		"",                                                                                      // 6
		"Managers review access periodically.",                                                  // 7
	}, "\n")

	directives, problems := Scan([]byte(src))
	if len(problems) != 0 {
		t.Fatalf("problems = %+v, want none", problems)
	}
	if len(directives) != 1 {
		t.Fatalf("directives = %d, want 1", len(directives))
	}

	d := directives[0]
	if d.WholeFile || d.Line != 3 || d.BlockStart != 4 || d.BlockEnd != 5 {
		t.Errorf("directive = %+v, want line 3 covering lines 4-5", d)
	}
	if d.Reason != "Break-glass accounts use hardware keys instead." {
		t.Errorf("reason = %q", d.Reason)
	}
	if !d.Covers("access-mfa", 5) {
		t.Error("directive does not cover the last line of its block")
	}
	if d.Covers("access-mfa", 7) {
		t.Error("directive covers the paragraph after the blank line")
	}
	if d.Covers("access-review-frequency", 4) {
		t.Error("directive covers a rule it does not name")
	}
}

func TestScanFileDirectiveWithSeveralRules(t *testing.T) {
	src := "---\ntitle: Legacy\n---\n<!-- soc2lint-disable-file governance-version, governance-owner : Retired policy, kept for history. -->\n\nText.\n"

	directives, problems := Scan([]byte(src))
	if len(problems) != 0 {
		t.Fatalf("problems = %+v", problems)
	}
	if len(directives) != 1 {
		t.Fatalf("directives = %d, want 1", len(directives))
	}

	d := directives[0]
	if !d.WholeFile {
		t.Error("disable-file directive is not whole-file")
	}
	if !slices.Equal(d.Rules, []string{"governance-version", "governance-owner"}) {
		t.Errorf("rules = %v", d.Rules)
	}
	if !d.Covers("governance-owner", 1) || !d.Covers("governance-version", 0) {
		t.Error("whole-file directive does not cover the front matter or a line-less finding")
	}
}

func TestScanMultiLineAndStackedDirectives(t *testing.T) {
	src := strings.Join([]string{
		"<!--",                                 // 1
		"  soc2lint-disable vague-obligation:", // 2
		"  The customer contract uses this wording.", // 3
		"-->", // 4
		"",    // 5
		"<!-- soc2lint-disable access-mfa: Hardware keys. -->", // 6
		"| Role | MFA |",     // 7
		"|---|---|",          // 8
		"| Admin | should |", // 9
	}, "\n")

	directives, problems := Scan([]byte(src))
	if len(problems) != 0 {
		t.Fatalf("problems = %+v", problems)
	}
	if len(directives) != 2 {
		t.Fatalf("directives = %d, want 2", len(directives))
	}

	multi := directives[0]
	if multi.Line != 1 || multi.Reason != "The customer contract uses this wording." {
		t.Errorf("multi-line directive = %+v", multi)
	}
	if multi.BlockStart != 7 || multi.BlockEnd != 9 {
		t.Errorf("multi-line directive covers %d-%d, want the table at 7-9 past the stacked directive", multi.BlockStart, multi.BlockEnd)
	}
	if directives[1].BlockStart != 7 || directives[1].BlockEnd != 9 {
		t.Errorf("second directive covers %d-%d, want 7-9", directives[1].BlockStart, directives[1].BlockEnd)
	}
}

func TestScanProblems(t *testing.T) {
	cases := []struct {
		name string
		src  string
		line int
		want string
	}{
		{"no reason", "<!-- soc2lint-disable access-mfa -->\nText.\n", 1, "has no reason: write <!-- soc2lint-disable access-mfa: why"},
		{"empty reason", "Intro.\n\n<!-- soc2lint-disable access-mfa:   -->\nText.\n", 3, "on line 3 has no reason"},
		{"no rule", "<!-- soc2lint-disable : because -->\nText.\n", 1, "names no rule"},
		{"unknown keyword", "<!-- soc2lint-disable-next-line access-mfa: x -->\nText.\n", 1, `unknown directive "soc2lint-disable-next-line"`},
		{"nothing follows", "Text.\n\n<!-- soc2lint-disable access-mfa: reason -->\n\n", 3, "is followed by no block of text"},
		{"malformed id", "<!-- soc2lint-disable Access MFA: reason -->\nText.\n", 1, `names "Access MFA", which is not a rule id`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			directives, problems := Scan([]byte(tc.src))
			if len(directives) != 0 {
				t.Errorf("directives = %+v, want none", directives)
			}
			if len(problems) != 1 {
				t.Fatalf("problems = %+v, want 1", problems)
			}
			if problems[0].Line != tc.line {
				t.Errorf("line = %d, want %d", problems[0].Line, tc.line)
			}
			if !strings.Contains(problems[0].Messages["en"], tc.want) {
				t.Errorf("message = %q, want it to contain %q", problems[0].Messages["en"], tc.want)
			}
			if problems[0].Messages["es"] == "" {
				t.Error("no Spanish message")
			}
		})
	}
}

func TestScanIgnoresCodeAndOtherComments(t *testing.T) {
	src := strings.Join([]string{
		"<!-- an editor's note about soc2lint-disable -->",
		"Text.",
		"",
		"```markdown",
		"<!-- soc2lint-disable access-mfa -->",
		"```",
		"",
		"~~~~",
		"<!-- soc2lint-disable -->",
		"~~~~",
	}, "\n")

	directives, problems := Scan([]byte(src))
	if len(directives) != 0 || len(problems) != 0 {
		t.Errorf("directives = %+v, problems = %+v, want none from notes and code blocks", directives, problems)
	}
}

func TestScanCRLFAndByteOrderMark(t *testing.T) {
	src := "\uFEFF<!-- soc2lint-disable access-mfa: Hardware keys. -->\r\nAdmins should use MFA.\r\n\r\nMore.\r\n"

	directives, problems := Scan([]byte(src))
	if len(problems) != 0 || len(directives) != 1 {
		t.Fatalf("directives = %+v, problems = %+v", directives, problems)
	}
	if directives[0].BlockStart != 2 || directives[0].BlockEnd != 2 {
		t.Errorf("block = %d-%d, want 2-2", directives[0].BlockStart, directives[0].BlockEnd)
	}
}

func FuzzScan(f *testing.F) {
	f.Add("<!-- soc2lint-disable a-b: r -->\ntext\n")
	f.Add("<!--\nsoc2lint-disable-file a, b: r\n-->")
	f.Add("```\n<!-- soc2lint-disable x -->\n")
	f.Add("<!-- <!-- soc2lint-disable a: b --> -->")
	f.Fuzz(func(t *testing.T, src string) {
		directives, _ := Scan([]byte(src))
		for _, d := range directives {
			if d.Reason == "" || len(d.Rules) == 0 {
				t.Errorf("directive without reason or rules: %+v", d)
			}
			if !d.WholeFile && (d.BlockStart <= 0 || d.BlockEnd < d.BlockStart) {
				t.Errorf("block directive with no block: %+v", d)
			}
		}
	})
}
