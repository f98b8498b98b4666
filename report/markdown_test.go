package report

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func renderMarkdown(t *testing.T, r *Report) string {
	t.Helper()

	var buf bytes.Buffer
	if err := (Markdown{}).Write(&buf, r); err != nil {
		t.Fatalf("Markdown.Write: %v", err)
	}
	return buf.String()
}

func TestMarkdownContent(t *testing.T) {
	t.Parallel()

	r := readinessSample("en")
	out := renderMarkdown(t, r)

	if strings.Contains(out, "<svg") || strings.Contains(out, "<style") {
		t.Error("Markdown output contains HTML charts or styles")
	}
	for _, heading := range []string{"# SOC 2 readiness report", "## Readiness", "## Criteria", "## Evidence for the Type II period", "## Remediation plan", "## Documents reviewed"} {
		if !strings.Contains(out, "\n"+heading+"\n") && !strings.HasPrefix(out, heading) {
			t.Errorf("Markdown lacks heading %q", heading)
		}
	}

	for _, id := range inScopeIDs(r) {
		if !strings.Contains(out, "\n| **"+id+"** |") {
			t.Errorf("Markdown criteria table lacks a row for %s", id)
		}
	}

	bars := 0
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "`"+barMet) || strings.Contains(line, "`"+barMissing) || strings.Contains(line, "`"+barPartial) {
			bars++
		}
	}
	// One bar per category, one for the overall row, and the legend line.
	if want := len(r.Scope.Categories) + 2; bars != want {
		t.Errorf("lines with a text bar = %d, want %d", bars, want)
	}

	if !strings.Contains(out, `MFA is optional: "&lt;script&gt;alert(1)&lt;/script&gt;"`) {
		t.Error("finding message is not escaped in Markdown")
	}
}

func TestMarkdownSpanish(t *testing.T) {
	t.Parallel()

	out := renderMarkdown(t, readinessSample("es"))

	for _, key := range []string{"readiness.heading", "criteria.heading", "evidence.heading", "remediation.heading", "documents.heading"} {
		if !strings.Contains(out, "## "+readinessLabels["es"][key]+"\n") {
			t.Errorf("Spanish Markdown lacks heading %q", readinessLabels["es"][key])
		}
		if strings.Contains(out, "## "+readinessLabels["en"][key]+"\n") {
			t.Errorf("Spanish Markdown has the English heading %q", readinessLabels["en"][key])
		}
	}
	if !strings.Contains(out, "| RGPD |") {
		t.Error("Spanish Markdown does not name GDPR as RGPD")
	}
}

func TestTextBar(t *testing.T) {
	t.Parallel()

	tests := []struct {
		name  string
		score scoreRow
		want  string
	}{
		{name: "all met", score: scoreRow{Met: 3, Criteria: 3}, want: strings.Repeat(barMet, 20)},
		{name: "halves", score: scoreRow{Met: 1, Missing: 1, Criteria: 2}, want: strings.Repeat(barMet, 10) + strings.Repeat(barMissing, 10)},
		{name: "thirds", score: scoreRow{Met: 1, Partial: 1, Missing: 1, Criteria: 3}, want: strings.Repeat(barMet, 7) + strings.Repeat(barPartial, 7) + strings.Repeat(barMissing, 6)},
		{name: "small share shows", score: scoreRow{Met: 10, Partial: 5, Missing: 18, Criteria: 33}, want: strings.Repeat(barMet, 6) + strings.Repeat(barPartial, 3) + strings.Repeat(barMissing, 11)},
		{name: "no criteria", score: scoreRow{}, want: strings.Repeat(barMissing, 20)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := textBar(tt.score)
			if got != tt.want {
				t.Errorf("textBar = %q, want %q", got, tt.want)
			}
			if n := utf8.RuneCountInString(got); n != barWidth {
				t.Errorf("bar has %d characters, want %d", n, barWidth)
			}
		})
	}
}

func TestMarkdownEscaping(t *testing.T) {
	t.Parallel()

	tests := []struct {
		name string
		got  string
		want string
	}{
		{name: "cell pipe", got: escapeCell("a | b"), want: `a \| b`},
		{name: "cell newline", got: escapeCell("a\nb"), want: "a b"},
		{name: "emphasis", got: escapeMarkdown("*bold* _it_"), want: `\*bold\* \_it\_`},
		{name: "html", got: escapeMarkdown("<b>"), want: "&lt;b&gt;"},
		{name: "link", got: escapeMarkdown("[COMPANY NAME]"), want: `\[COMPANY NAME\]`},
		{name: "code plain", got: codeSpan("policies/a.md:3"), want: "`policies/a.md:3`"},
		{name: "code backtick", got: codeSpan("a`b"), want: "`` a`b ``"},
		{name: "code pipe", got: codeSpan("a|b"), want: "`a\\|b`"},
		{name: "text keeps code", got: escapeText("Set `next_review` *now*"), want: "Set `next_review` \\*now\\*"},
		{name: "text odd backticks", got: escapeText("it`s"), want: "it\\`s"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}
