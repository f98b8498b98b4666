package report

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/soc2lint/soc2lint/criteria"
	"github.com/soc2lint/soc2lint/finding"
)

// readinessSample returns a Type II report over security and availability.
// In-scope criteria are met, partial and missing in turn, and the others are
// not_applicable. It has a corpus-level error, document errors and a warning,
// an evidence export with a finding, and text that needs escaping.
func readinessSample(lang string) *Report {
	scope := []string{criteria.CategorySecurity, criteria.CategoryAvailability}

	var coverage []Coverage
	statuses := []string{StatusMet, StatusPartial, StatusMissing}
	for i, c := range criteria.All() {
		entry := Coverage{Criterion: c.ID, Category: c.Category, Files: []string{}}
		switch {
		case !slices.Contains(scope, c.Category):
			entry.Status = StatusNotApplicable
		default:
			entry.Status = statuses[i%len(statuses)]
			if entry.Status != StatusMissing {
				entry.Files = []string{"policies/security.md"}
			}
		}
		coverage = append(coverage, entry)
	}
	coverage[0].Files = append(coverage[0].Files, "evidence/access-review.csv")

	findings := []finding.Finding{
		{RuleID: "corpus-availability-policies", Title: "Backup and recovery testing documented", Criteria: []string{"A1.2", "A1.3"},
			Severity: finding.SeverityError, Message: "No backup policy.", Remediation: "Write a backup policy."},
		{RuleID: "access-mfa", Title: "MFA", Criteria: []string{"CC6.1"}, Severity: finding.SeverityError,
			Message: `MFA is optional: "<script>alert(1)</script>"`, File: "policies/security.md", Line: 12, Remediation: "Require MFA."},
		{RuleID: "access-mfa", Title: "MFA", Criteria: []string{"CC6.1"}, Severity: finding.SeverityError,
			Message: "MFA is optional for VPN.", File: "policies/security.md", Line: 30, Remediation: "Require MFA."},
		{RuleID: "vague-obligation", Title: "Vague", Criteria: []string{"CC7.1"}, Severity: finding.SeverityWarning,
			Message: "periodically", File: "policies/security.md", Line: 40, Remediation: "State a frequency."},
		{RuleID: "evidence-access-review-gap", Title: "Access review gap", Criteria: []string{"CC6.3"}, Severity: finding.SeverityWarning,
			Message: "No review in Q2 2026.", File: "evidence/access-review.csv", Line: 2},
	}

	r := &Report{
		Schema: Schema,
		Tool:   Tool{Name: "soc2lint", Version: "v0.9.0"},
		AsOf:   "2026-11-30",
		Lang:   lang,
		Scope: Scope{
			Organization: "Brightpath <Analytics> & Co",
			Categories:   scope,
			AuditType:    "type2",
			Period:       Period{Start: "2026-01-01", End: "2026-12-31"},
		},
		Documents: []Document{
			{File: "policies/security.md", Format: "markdown", Kind: "policy", Title: "Security Policy", Language: "en"},
			{File: "evidence/access-review.csv", Format: "csv", Kind: "evidence", Title: "access-review", Language: ""},
		},
		Findings: findings,
		Coverage: coverage,
		Rules: []Rule{
			{ID: "access-mfa", Title: "MFA para accesos privilegiados", Severity: "error", Remediation: "Require MFA."},
		},
	}
	r.Count()
	return r
}

// inScopeIDs returns the ids of the criteria of r's scope, in catalog order.
func inScopeIDs(r *Report) []string {
	var ids []string
	for _, c := range criteria.All() {
		if slices.Contains(r.Scope.Categories, c.Category) {
			ids = append(ids, c.ID)
		}
	}
	return ids
}

func renderHTML(t *testing.T, r *Report) (string, *html.Node) {
	t.Helper()

	var buf bytes.Buffer
	if err := (HTML{}).Write(&buf, r); err != nil {
		t.Fatalf("HTML.Write: %v", err)
	}
	doc, err := html.Parse(strings.NewReader(buf.String()))
	if err != nil {
		t.Fatalf("output is not parseable HTML: %v", err)
	}
	return buf.String(), doc
}

// walk calls visit for every element node under n.
func walkElements(n *html.Node, visit func(*html.Node)) {
	if n.Type == html.ElementNode {
		visit(n)
	}
	for child := n.FirstChild; child != nil; child = child.NextSibling {
		walkElements(child, visit)
	}
}

func attribute(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	return slices.Contains(strings.Fields(attribute(n, "class")), class)
}

// textOf returns the text content of n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var collect func(*html.Node)
	collect = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteString(" ")
		}
		for child := n.FirstChild; child != nil; child = child.NextSibling {
			collect(child)
		}
	}
	collect(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// findByID returns the element with the id, or nil.
func findByID(root *html.Node, id string) *html.Node {
	var found *html.Node
	walkElements(root, func(n *html.Node) {
		if found == nil && attribute(n, "id") == id {
			found = n
		}
	})
	return found
}

func TestHTMLSelfContained(t *testing.T) {
	t.Parallel()

	page, doc := renderHTML(t, readinessSample("en"))

	walkElements(doc, func(n *html.Node) {
		switch n.Data {
		case "script", "link", "iframe", "object", "embed", "img":
			t.Errorf("page has a <%s> element", n.Data)
		}
		for _, a := range n.Attr {
			if a.Key != "src" && a.Key != "href" && a.Key != "xlink:href" && a.Key != "action" {
				continue
			}
			t.Errorf("<%s %s=%q>: the page must not reference other resources", n.Data, a.Key, a.Val)
		}
	})

	// The only URL allowed is the SVG namespace, which is a name, not a
	// resource the browser loads.
	rest := strings.ReplaceAll(page, `xmlns="http://www.w3.org/2000/svg"`, "")
	for _, marker := range []string{"http://", "https://", "@import", "url(", "@font-face"} {
		if strings.Contains(rest, marker) {
			t.Errorf("page contains %q", marker)
		}
	}
	if !strings.Contains(page, "<style>") {
		t.Error("page has no inline style sheet")
	}
	if !strings.Contains(page, "@media print") {
		t.Error("page has no print styles")
	}
}

func TestHTMLCharts(t *testing.T) {
	t.Parallel()

	r := readinessSample("en")
	_, doc := renderHTML(t, r)

	coverage := findByID(doc, "chart-coverage")
	if coverage == nil || coverage.Data != "svg" {
		t.Fatal("no <svg id=chart-coverage>")
	}
	severity := findByID(doc, "chart-severity")
	if severity == nil || severity.Data != "svg" {
		t.Fatal("no <svg id=chart-severity>")
	}

	for _, chart := range []*html.Node{coverage, severity} {
		if attribute(chart, "role") != "img" || attribute(chart, "aria-labelledby") == "" {
			t.Errorf("%s: role=%q aria-labelledby=%q, want an accessible image", attribute(chart, "id"), attribute(chart, "role"), attribute(chart, "aria-labelledby"))
		}
		var title string
		walkElements(chart, func(n *html.Node) {
			if n.Data == "title" && n.Parent == chart {
				title = textOf(n)
			}
		})
		if title == "" {
			t.Errorf("%s has no <title>", attribute(chart, "id"))
		}
	}

	var categories []string
	segments := map[string]int{}
	walkElements(coverage, func(n *html.Node) {
		if n.Data == "g" && hasClass(n, "bar") {
			categories = append(categories, attribute(n, "data-category"))
		}
		if n.Data == "rect" && hasClass(n, "segment") {
			for _, status := range []string{StatusMet, StatusPartial, StatusMissing} {
				if hasClass(n, status) {
					segments[status]++
				}
			}
		}
	})
	if !slices.Equal(categories, r.Scope.Categories) {
		t.Errorf("coverage bars = %v, want one per in-scope category %v", categories, r.Scope.Categories)
	}
	// Every category of the sample has met, partial and missing criteria.
	for _, status := range []string{StatusMet, StatusPartial, StatusMissing} {
		if segments[status] != len(r.Scope.Categories) {
			t.Errorf("%s segments = %d, want %d", status, segments[status], len(r.Scope.Categories))
		}
	}

	var severities []string
	walkElements(severity, func(n *html.Node) {
		if n.Data != "g" || !hasClass(n, "bar") {
			return
		}
		var label, value string
		walkElements(n, func(text *html.Node) {
			switch {
			case text.Data == "text" && hasClass(text, "label"):
				label = textOf(text)
			case text.Data == "text" && hasClass(text, "value"):
				value = textOf(text)
			}
		})
		severities = append(severities, attribute(n, "data-severity")+"="+label+" "+value)
	})
	want := []string{"error=Error 3", "warning=Warning 2", "info=Info 0"}
	if !slices.Equal(severities, want) {
		t.Errorf("severity bars = %q, want %q", severities, want)
	}
}

func TestHTMLCriterionRows(t *testing.T) {
	t.Parallel()

	r := readinessSample("en")
	_, doc := renderHTML(t, r)

	var rows []string
	var cc61 *html.Node
	walkElements(doc, func(n *html.Node) {
		if n.Data == "tr" && hasClass(n, "criterion") {
			rows = append(rows, attribute(n, "data-criterion"))
			if attribute(n, "data-criterion") == "CC6.1" {
				cc61 = n
			}
		}
	})

	if want := inScopeIDs(r); !slices.Equal(rows, want) {
		t.Errorf("criterion rows = %v\nwant every in-scope criterion %v", rows, want)
	}
	if cc61 == nil {
		t.Fatal("no row for CC6.1")
	}

	text := textOf(cc61)
	info, _ := criteria.Lookup("CC6.1")
	for _, want := range []string{info.Title, "access-mfa ×2", info.Mappings.ISO27001[0], info.Mappings.NISTCSF[0]} {
		if !strings.Contains(text, want) {
			t.Errorf("CC6.1 row %q lacks %q", text, want)
		}
	}
}

func TestHTMLEscapesText(t *testing.T) {
	t.Parallel()

	page, _ := renderHTML(t, readinessSample("en"))

	if strings.Contains(page, "<script>alert(1)</script>") {
		t.Error("a finding message was written as markup")
	}
	if !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("the escaped finding message is missing")
	}
	if !strings.Contains(page, "Brightpath &lt;Analytics&gt; &amp; Co") {
		t.Error("the organization is not escaped")
	}
}

func TestHTMLRemediationOrder(t *testing.T) {
	t.Parallel()

	_, doc := renderHTML(t, readinessSample("en"))

	var order []string
	walkElements(doc, func(n *html.Node) {
		if n.Data == "li" && hasClass(n, "item") {
			order = append(order, attribute(n, "data-rule"))
		}
	})

	// Errors first, the corpus-level gap before the document finding; then
	// warnings, the rule with more findings first (a tie here, so by id).
	want := []string{"corpus-availability-policies", "access-mfa", "evidence-access-review-gap", "vague-obligation"}
	if !slices.Equal(order, want) {
		t.Errorf("remediation order = %v, want %v", order, want)
	}
}

func TestHTMLEvidenceSection(t *testing.T) {
	t.Parallel()

	r := readinessSample("en")
	_, doc := renderHTML(t, r)

	section := findByID(doc, "evidence")
	if section == nil {
		t.Fatal("no evidence section")
	}
	text := textOf(section)

	for _, want := range []string{"evidence/access-review.csv", "evidence-access-review-gap", "No review in Q2 2026.", "2026-01-01 – 2026-12-31"} {
		if !strings.Contains(text, want) {
			t.Errorf("evidence section lacks %q", want)
		}
	}
	if strings.Contains(text, "MFA is optional for VPN.") {
		t.Error("evidence section lists a policy finding")
	}

	// CC1.1 is addressed by the evidence export; every other in-scope
	// criterion is listed as missing evidence, with the catalog's artifacts.
	var missing []string
	walkElements(section, func(n *html.Node) {
		if n.Data == "table" && hasClass(n, "missing-evidence") {
			walkElements(n, func(row *html.Node) {
				if row.Data == "tr" && row.Parent.Data == "tbody" {
					missing = append(missing, strings.Fields(textOf(row))[0])
				}
			})
		}
	})
	want := inScopeIDs(r)[1:]
	if !slices.Equal(missing, want) {
		t.Errorf("criteria missing evidence = %v, want %v", missing, want)
	}
	info, _ := criteria.Lookup("CC1.2")
	if !strings.Contains(text, info.Evidence[0]) {
		t.Errorf("evidence section lacks the catalog artifact %q for CC1.2", info.Evidence[0])
	}
}

func TestHTMLTypeOneSkipsMissingEvidence(t *testing.T) {
	t.Parallel()

	r := readinessSample("en")
	r.Scope.AuditType = "type1"
	_, doc := renderHTML(t, r)

	walkElements(doc, func(n *html.Node) {
		if n.Data == "table" && hasClass(n, "missing-evidence") {
			t.Error("a Type I report lists missing Type II evidence")
		}
	})
}

// headings returns the text of every h1, h2 and h3.
func headings(doc *html.Node) []string {
	var out []string
	walkElements(doc, func(n *html.Node) {
		switch n.Data {
		case "h2", "h3", "figcaption", "th", "dt":
			out = append(out, textOf(n))
		}
	})
	return out
}

func TestHTMLSpanish(t *testing.T) {
	t.Parallel()

	_, spanish := renderHTML(t, readinessSample("es"))
	_, english := renderHTML(t, readinessSample("en"))

	var lang string
	walkElements(spanish, func(n *html.Node) {
		if n.Data == "html" {
			lang = attribute(n, "lang")
		}
	})
	if lang != "es" {
		t.Errorf("<html lang=%q>, want es", lang)
	}

	got := headings(spanish)
	for _, key := range []string{"readiness.heading", "criteria.heading", "evidence.heading", "remediation.heading", "documents.heading", "readiness.method.heading"} {
		if !slices.Contains(got, readinessLabels["es"][key]) {
			t.Errorf("Spanish report lacks heading %q", readinessLabels["es"][key])
		}
	}

	// No English heading, column header or caption may remain, except
	// words that are the same in both languages (framework names, "Plan").
	for _, heading := range headings(english) {
		if slices.Contains(got, heading) && !sameInBothLanguages(heading) {
			t.Errorf("Spanish report has the English heading %q", heading)
		}
	}

	text := textOf(spanish)
	for _, want := range []string{"Informe de preparación SOC 2", "Cumple", "Parcial", "Falta", "MFA para accesos privilegiados", "Tipo II"} {
		if !strings.Contains(text, want) {
			t.Errorf("Spanish report lacks %q", want)
		}
	}
	info, _ := criteria.Lookup("CC6.1")
	if !strings.Contains(text, info.TitleES) {
		t.Errorf("Spanish report lacks the Spanish title of CC6.1 %q", info.TitleES)
	}
}

// sameInBothLanguages reports whether a label is written the same in
// English and Spanish.
func sameInBothLanguages(text string) bool {
	for key, english := range readinessLabels["en"] {
		if english == text && readinessLabels["es"][key] == text {
			return true
		}
	}
	return false
}

func TestHTMLNoCriteriaInScope(t *testing.T) {
	t.Parallel()

	r := &Report{Lang: "en", Scope: Scope{Categories: []string{"security"}, AuditType: "type1"}}
	page, _ := renderHTML(t, r)

	if !strings.Contains(page, readinessLabels["en"]["readiness.none"]) {
		t.Error("report without criteria does not say there is no score")
	}
	if !strings.Contains(page, readinessLabels["en"]["remediation.none"]) {
		t.Error("report without findings does not say there is nothing to fix")
	}
}

func TestNewReadiness(t *testing.T) {
	t.Parallel()

	for _, format := range ReadinessFormats {
		if _, err := NewReadiness(format); err != nil {
			t.Errorf("NewReadiness(%q): %v", format, err)
		}
	}
	if _, err := NewReadiness("pdf"); err == nil {
		t.Error("NewReadiness(pdf) gave no error")
	}
}

func TestCodeHTML(t *testing.T) {
	t.Parallel()

	tests := []struct {
		name string
		in   string
		want string
	}{
		{name: "pair", in: "Set `next_review` <soon>", want: "Set <code>next_review</code> &lt;soon&gt;"},
		{name: "markup inside code", in: "`<b>`", want: "<code>&lt;b&gt;</code>"},
		{name: "odd backticks", in: "it`s <x>", want: "it`s &lt;x&gt;"},
		{name: "none", in: `a "b"`, want: "a &#34;b&#34;"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := string(codeHTML(tt.in)); got != tt.want {
				t.Errorf("codeHTML(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
