package markdown

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseFrontMatter(t *testing.T) {
	tests := []struct {
		file        string
		title       string
		source      string
		owner       string
		approvedOn  string
		nextReview  string
		criteria    []string
		problemRule string
		problemLine int
		firstBody   string
		firstBodyLn int
	}{
		{
			file: "frontmatter_standard.md", title: "Access Control Policy", source: "front_matter",
			owner: "Dana Whitfield", approvedOn: "2026-02-16", nextReview: "2027-02-16",
			criteria: []string{"CC6.1", "CC6.2"}, firstBody: "Access Control Policy", firstBodyLn: 12,
		},
		{
			file: "frontmatter_bare.md", title: "Encryption Policy", source: "front_matter",
			criteria: []string{"CC6.1", "CC6.7"}, firstBody: "Purpose and Scope", firstBodyLn: 11,
		},
		{
			file: "frontmatter_bad_yaml.md", title: "Backup Policy", criteria: []string{},
			problemRule: RuleFrontMatterInvalid, problemLine: 4,
			firstBody: "Backup Policy", firstBodyLn: 7,
		},
		{
			file: "frontmatter_dots.md", title: "Logging Standard", source: "front_matter", criteria: []string{},
			firstBody: "Logs are kept for one year.", firstBodyLn: 5,
		},
		{
			file: "setext_single_key.md", title: "Note: read this first", criteria: []string{},
			firstBody: "Note: read this first", firstBodyLn: 1,
		},
	}

	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			doc := parseFile(t, tt.file)

			if doc.Title != tt.title {
				t.Errorf("Title = %q, want %q", doc.Title, tt.title)
			}
			md := doc.Metadata
			if md.Source != tt.source {
				t.Errorf("Metadata.Source = %q, want %q", md.Source, tt.source)
			}
			if md.Owner != tt.owner {
				t.Errorf("Metadata.Owner = %q, want %q", md.Owner, tt.owner)
			}
			if md.ApprovedOn != tt.approvedOn {
				t.Errorf("Metadata.ApprovedOn = %q, want %q", md.ApprovedOn, tt.approvedOn)
			}
			if md.NextReview != tt.nextReview {
				t.Errorf("Metadata.NextReview = %q, want %q", md.NextReview, tt.nextReview)
			}
			if !reflect.DeepEqual(md.Criteria, tt.criteria) {
				t.Errorf("Metadata.Criteria = %v, want %v", md.Criteria, tt.criteria)
			}

			problem := findProblem(doc, RuleFrontMatterInvalid)
			switch {
			case tt.problemRule == "" && problem != nil:
				t.Errorf("unexpected problem %+v", *problem)
			case tt.problemRule != "" && problem == nil:
				t.Errorf("no %s problem in %+v", tt.problemRule, doc.Problems)
			case problem != nil:
				if problem.Line != tt.problemLine {
					t.Errorf("problem line = %d, want %d", problem.Line, tt.problemLine)
				}
				if problem.Severity != "error" {
					t.Errorf("problem severity = %q, want error", problem.Severity)
				}
			}

			if len(doc.Statements) == 0 {
				t.Fatal("no statements")
			}
			first := doc.Statements[0]
			if first.Text != tt.firstBody || first.Line != tt.firstBodyLn {
				t.Errorf("first statement = %q on line %d, want %q on line %d", first.Text, first.Line, tt.firstBody, tt.firstBodyLn)
			}
		})
	}
}

func TestParseFrontMatterFieldTypes(t *testing.T) {
	doc := parseFile(t, "frontmatter_bare.md")

	revisions, ok := doc.Metadata.Fields["majorRevisions"].([]any)
	if !ok || len(revisions) != 1 {
		t.Fatalf("majorRevisions = %#v, want a list of one", doc.Metadata.Fields["majorRevisions"])
	}
	revision, ok := revisions[0].(map[string]any)
	if !ok {
		t.Fatalf("revision = %#v, want map[string]any", revisions[0])
	}
	if revision["comment"] != "Initial document" {
		t.Errorf("revision comment = %#v", revision["comment"])
	}
}

func TestParseLineEndingsAndBOM(t *testing.T) {
	content := readTestdata(t, "frontmatter_standard.md") + "\n## Review\n\nReviewed\nyearly.\n"
	want, err := parseText(t, "lf.md", content)
	if err != nil {
		t.Fatal(err)
	}

	variants := map[string]string{
		"crlf":     strings.ReplaceAll(content, "\n", "\r\n"),
		"cr":       strings.ReplaceAll(content, "\n", "\r"),
		"bom":      "\ufeff" + content,
		"bom crlf": "\ufeff" + strings.ReplaceAll(content, "\n", "\r\n"),
	}
	for name, variant := range variants {
		t.Run(name, func(t *testing.T) {
			got, err := parseText(t, "lf.md", variant)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Metadata, want.Metadata) {
				t.Errorf("Metadata = %+v, want %+v", got.Metadata, want.Metadata)
			}
			if !reflect.DeepEqual(got.Statements, want.Statements) {
				t.Errorf("Statements = %+v, want %+v", got.Statements, want.Statements)
			}
			if !reflect.DeepEqual(got.Sections, want.Sections) {
				t.Errorf("Sections = %+v, want %+v", got.Sections, want.Sections)
			}
		})
	}

	last := want.Statements[len(want.Statements)-1]
	if last.Text != "Reviewed\nyearly." || last.Line != 18 {
		t.Errorf("last statement = %q on line %d, want %q on line 18", last.Text, last.Line, "Reviewed\nyearly.")
	}
}

func TestParseFrontMatterUnclosed(t *testing.T) {
	doc, err := parseText(t, "unclosed.md", "---\ntitle: Open\nowner: Ops\n\n# Policy\n\nText.\n")
	if err != nil {
		t.Fatal(err)
	}

	problem := findProblem(doc, RuleFrontMatterInvalid)
	if problem == nil || problem.Line != 1 {
		t.Fatalf("problems = %+v, want a front-matter-invalid problem on line 1", doc.Problems)
	}
	if doc.Title != "Policy" {
		t.Errorf("Title = %q, want the first heading", doc.Title)
	}
}

func TestParseFrontMatterNotMapping(t *testing.T) {
	doc, err := parseText(t, "list.md", "---\n- a\n- b\n---\nText.\n")
	if err != nil {
		t.Fatal(err)
	}

	problem := findProblem(doc, RuleFrontMatterInvalid)
	if problem == nil || !strings.Contains(problem.Message, "mapping") {
		t.Fatalf("problems = %+v, want a problem saying the front matter is not a mapping", doc.Problems)
	}
	if len(doc.Statements) != 1 || doc.Statements[0].Line != 5 {
		t.Errorf("statements = %+v, want the body on line 5", doc.Statements)
	}
}

func TestParseBareHeaderRejected(t *testing.T) {
	tests := map[string]string{
		"prose line":     "Scope: all staff\nThis paragraph is prose, not YAML.\n---\nMore text.\n",
		"heading inside": "Owner: Ops\n# Title\n---\n",
		"no closing":     "Owner: Ops\nVersion: 2\n\nText.\n",
	}
	for name, content := range tests {
		t.Run(name, func(t *testing.T) {
			doc, err := parseText(t, "doc.md", content)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Metadata.Source == "front_matter" {
				t.Errorf("read %q as front matter: %+v", content, doc.Metadata)
			}
			if doc.Statements[0].Line != 1 {
				t.Errorf("first statement on line %d, want 1", doc.Statements[0].Line)
			}
		})
	}
}
