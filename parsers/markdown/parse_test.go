package markdown

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
)

func TestParseHeadings(t *testing.T) {
	doc := parseFile(t, "headings.md")

	type section struct {
		Title   string
		Level   int
		Parent  int
		Line    int
		EndLine int
	}
	want := []section{
		{"Information Security", 1, -1, 1, 17},
		{"Scope", 2, 0, 6, 14},
		{"", 3, 1, 10, 14},
		{"C# notes", 4, 2, 12, 14},
		{"Roles", 2, 0, 16, 17},
		{"Trailing hash#", 1, -1, 19, 19},
	}
	var got []section
	for _, s := range doc.Sections {
		got = append(got, section{s.Title, s.Level, s.Parent, s.Line, s.EndLine})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sections:\n got %+v\nwant %+v", got, want)
	}

	if doc.Title != "Information Security" {
		t.Errorf("Title = %q, want the first H1", doc.Title)
	}
	scope := doc.Sections[1]
	if scope.Text != "Scope text.\nC# notes\nNotes text." {
		t.Errorf("Scope text = %q", scope.Text)
	}
	if !reflect.DeepEqual(doc.Sections[3].Path, []string{"Information Security", "Scope", "", "C# notes"}) {
		t.Errorf("C# notes path = %q", doc.Sections[3].Path)
	}
}

func TestParseStatements(t *testing.T) {
	doc := parseFile(t, "lists.md")

	type statement struct {
		Text    string
		Source  string
		Line    int
		Section int
	}
	want := []statement{
		{"Offboarding", model.SourceHeading, 1, 0},
		{"Steps when someone leaves\nthe company:", model.SourceParagraph, 3, 0},
		{"HR notifies IT on the last day.", model.SourceListItem, 6, 0},
		{"IT disables the SSO account.", model.SourceListItem, 7, 0},
		{"IT revokes VPN certificates.", model.SourceListItem, 8, 0},
		{"Managers collect laptops.\nThe laptop is wiped within 5 days.", model.SourceListItem, 9, 0},
		{"Access reviews run quarterly.", model.SourceListItem, 13, 0},
	}
	var got []statement
	for _, s := range doc.Statements {
		got = append(got, statement{s.Text, s.Source, s.Line, s.Section})
		if !reflect.DeepEqual(s.SectionPath, []string{"Offboarding"}) {
			t.Errorf("statement %q SectionPath = %q", s.Text, s.SectionPath)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("statements:\n got %+v\nwant %+v", got, want)
	}
}

func TestParseTables(t *testing.T) {
	doc := parseFile(t, "tables.md")

	if len(doc.Tables) != 1 {
		t.Fatalf("got %d tables, want 1", len(doc.Tables))
	}
	table := doc.Tables[0]
	if !reflect.DeepEqual(table.Header, []string{"Area", "Requirement", ""}) || table.Line != 3 || table.Section != 0 {
		t.Errorf("table header %q on line %d in section %d", table.Header, table.Line, table.Section)
	}
	wantRows := [][]string{
		{"Transmission", "TLS 1.2 or higher required", "strict"},
		{"Storage", "AES-256 at rest", ""},
		{"Keys", "kms a | b rotated yearly", ""},
		{"Code", "`role == admin", "auditor`"},
	}
	for i, row := range table.Rows {
		if !reflect.DeepEqual(row.Cells, wantRows[i]) || row.Line != 5+i {
			t.Errorf("row %d = %q on line %d, want %q on line %d", i, row.Cells, row.Line, wantRows[i], 5+i)
		}
	}

	rows := statementTexts(doc)[1:]
	wantStatements := []string{
		"Area: Transmission; Requirement: TLS 1.2 or higher required; 3: strict",
		"Area: Storage; Requirement: AES-256 at rest",
		"Area: Keys; Requirement: kms a | b rotated yearly",
		"Area: Code; Requirement: `role == admin; 3: auditor`",
	}
	if !reflect.DeepEqual(rows, wantStatements) {
		t.Errorf("row statements:\n got %q\nwant %q", rows, wantStatements)
	}
	for _, s := range doc.Statements[1:] {
		if s.Source != model.SourceTableRow {
			t.Errorf("statement %q has source %q", s.Text, s.Source)
		}
	}
}

func TestParseTablePipeInCode(t *testing.T) {
	doc := parseFile(t, "table_pipe_in_code.md")

	rows := doc.Tables[0].Rows
	if got := rows[0].Cells; !reflect.DeepEqual(got, []string{"AC-3", "`role == admin"}) {
		t.Errorf("unescaped pipe row = %q, want the cell cut at the pipe as GFM does", got)
	}
	if got := rows[1].Cells; !reflect.DeepEqual(got, []string{"AC-4", "a | b"}) {
		t.Errorf("escaped pipe row = %q, want the pipe kept inside the code span", got)
	}

	problem := findProblem(doc, "more cells than its header")
	if problem == nil || problem.Line != 3 {
		t.Errorf("problems = %+v, want one about the extra cell on line 3", doc.Problems)
	}
}

func TestParseDocumentControl(t *testing.T) {
	tests := []struct {
		file       string
		owner      string
		version    string
		approvedOn string
		nextReview string
		line       int
	}{
		{"document_control.md", "Security Team", "2.1", "2026-04-07", "2027-04-07", 3},
		{"document_control_es.md", "Operaciones", "1.3", "", "2027-03-01", 5},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			md := parseFile(t, tt.file).Metadata
			if md.Source != "document_control" {
				t.Errorf("Source = %q, want document_control", md.Source)
			}
			if md.Owner != tt.owner || md.Version != tt.version {
				t.Errorf("owner %q version %q, want %q and %q", md.Owner, md.Version, tt.owner, tt.version)
			}
			if md.ApprovedOn != tt.approvedOn || md.NextReview != tt.nextReview {
				t.Errorf("approved %q next review %q, want %q and %q", md.ApprovedOn, md.NextReview, tt.approvedOn, tt.nextReview)
			}
			if md.Line != tt.line {
				t.Errorf("Line = %d, want %d", md.Line, tt.line)
			}
		})
	}
}

func TestParseFrontMatterWinsOverTable(t *testing.T) {
	content := "---\nowner: Front Owner\n---\n" + readTestdata(t, "document_control.md")
	doc, err := parseText(t, "both.md", content)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Metadata.Source != "front_matter" || doc.Metadata.Owner != "Front Owner" {
		t.Errorf("Metadata = %+v, want the front matter", doc.Metadata)
	}
}

func TestParseVersionHistoryIsNotControl(t *testing.T) {
	content := "# Policy\n\n## Revision history\n\n| Version | Date | Author |\n|---|---|---|\n| 1.0 | 2025-01-01 | Ann |\n| 1.1 | 2025-06-01 | Bob |\n"
	doc, err := parseText(t, "history.md", content)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Metadata.Source != "" {
		t.Errorf("Metadata = %+v, want none from a revision history", doc.Metadata)
	}
}

func TestParsePseudoHeadings(t *testing.T) {
	doc := parseFile(t, "pseudo_headings.md")

	var titles []string
	for _, s := range doc.Sections {
		titles = append(titles, s.Title)
	}
	want := []string{"Risk Management Policy", "3. Policy", "3.1 Risk Management Framework", "3.2 Risk Identification", "4. Definitions"}
	if !reflect.DeepEqual(titles, want) {
		t.Fatalf("sections = %q, want %q", titles, want)
	}

	framework := doc.Sections[2]
	if framework.Level != 3 || framework.Parent != 1 || framework.Line != 5 || framework.EndLine != 7 {
		t.Errorf("3.1 section = %+v, want level 3 under 3. Policy on lines 5-7", framework)
	}
	identification := doc.Sections[3]
	if identification.Parent != 1 || identification.EndLine != 15 {
		t.Errorf("3.2 section = %+v, want parent 1 ending on line 15", identification)
	}
	if doc.Sections[4].Parent != 0 {
		t.Errorf("4. Definitions parent = %d, want 0", doc.Sections[4].Parent)
	}
	if !strings.Contains(identification.Text, "[Company Name]\nNote: this line is not a heading.") {
		t.Errorf("3.2 text = %q, want the placeholder and the note as text", identification.Text)
	}
}

func TestParsePlaceholdersKept(t *testing.T) {
	doc := parseFile(t, "placeholders.md")

	want := []string{
		"{{companyName}} Security Policy",
		"[Company Name] requires MFA for {{#each systems}}{{name}}{{/each}}.",
		"This policy is owned by [Role Title, e.g., IT Manager].",
	}
	if got := statementTexts(doc); !reflect.DeepEqual(got, want) {
		t.Errorf("statements:\n got %q\nwant %q", got, want)
	}
	if doc.Title != "{{companyName}} Security Policy" {
		t.Errorf("Title = %q", doc.Title)
	}
}

func TestParseHTML(t *testing.T) {
	doc := parseFile(t, "html.md")

	want := []string{"Policy", "Text before  text after.", "Confidential & internal"}
	if got := statementTexts(doc); !reflect.DeepEqual(got, want) {
		t.Errorf("statements:\n got %q\nwant %q", got, want)
	}
	if !strings.Contains(doc.Text, "retention: 365") {
		t.Errorf("Text = %q, want the fenced code in it", doc.Text)
	}
	if strings.Contains(doc.Text, "soc2lint-disable") {
		t.Errorf("Text = %q, want HTML comments dropped", doc.Text)
	}
}

func TestParseIndentedProse(t *testing.T) {
	content := "# Policy\n\na. During onboarding:\n\n    i. HR informs IT of the hire.\n\n    i. The owner approves the account and the\nassociated permissions.\n"
	doc, err := parseText(t, "indented.md", content)
	if err != nil {
		t.Fatal(err)
	}

	want := []string{"Policy", "a. During onboarding:", "i. HR informs IT of the hire.", "i. The owner approves the account and the\nassociated permissions."}
	if got := statementTexts(doc); !reflect.DeepEqual(got, want) {
		t.Errorf("statements:\n got %q\nwant %q", got, want)
	}
	if doc.Statements[3].Line != 7 {
		t.Errorf("last statement line = %d, want 7", doc.Statements[3].Line)
	}
}

func TestParseTitleFallback(t *testing.T) {
	tests := map[string]string{
		"access.md":         "access",
		"access.md.tmpl":    "access",
		"dir/Risk.markdown": "Risk",
		"notes.txt":         "notes.txt",
	}
	for name, want := range tests {
		doc, err := parseText(t, filepath.Base(name), "Plain text without a heading.\n")
		if err != nil {
			t.Fatal(err)
		}
		if doc.Title != want {
			t.Errorf("%s: Title = %q, want %q", name, doc.Title, want)
		}
	}

	doc, err := parseText(t, "x.md", "Intro.\n\n## Second level first\n\n# Top\n")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Top" {
		t.Errorf("Title = %q, want the first H1 over an earlier H2", doc.Title)
	}
}

func TestParseEmpty(t *testing.T) {
	for name, content := range map[string]string{"empty": "", "blank": " \n\t\n\r\n", "front matter only": "---\ntitle: X\n---\n\n"} {
		t.Run(name, func(t *testing.T) {
			doc, err := parseText(t, "empty.md", content)
			if err != nil {
				t.Fatal(err)
			}
			problem := findProblem(doc, RuleDocumentEmpty)
			if problem == nil || problem.Severity != "warning" {
				t.Fatalf("problems = %+v, want a document-empty warning", doc.Problems)
			}
			if doc.Title == "" {
				t.Error("empty title")
			}
		})
	}
}

func TestParseRejectsBinary(t *testing.T) {
	tests := map[string]struct{ content, want string }{
		"nul byte": {"# Title\n\x00\x01\x02", "not a text Markdown file"},
		"utf-16":   {"\xff\xfe#\x00 \x00T\x00", "not a text Markdown file"},
		"zip":      {"PK\x03\x04\x14\x00\x06\x00word/document.xml", "rename it .docx"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := parseText(t, "binary.md", tc.content)
			if !errors.Is(err, parsers.ErrUnreadable) {
				t.Fatalf("err = %v, want ErrUnreadable", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %q, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestParseWindows1252(t *testing.T) {
	tests := map[string]struct {
		content  string
		wantText string
		wantLine int
	}{
		"latin-1 letters": {"# P\n\nOwner: Jo\xe9 Garc\xeda\n", "Jo\u00e9 Garc\u00eda", 3},
		"windows quotes":  {"# P\n\nAccess is \x93reviewed\x94 quarterly \x96 always.\n", "\u201creviewed\u201d quarterly \u2013 always", 3},
		"past the sniff window": {"# P\n\n" + strings.Repeat("Text line.\n", sniffBytes/10) + "Bad \xff byte.\n",
			"Bad \u00ff byte.", 3 + sniffBytes/10},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			doc, err := parseText(t, "latin1.md", tc.content)
			if err != nil {
				t.Fatal(err)
			}

			if !strings.Contains(doc.Text, tc.wantText) {
				t.Errorf("text = %q, want it to contain %q", doc.Text, tc.wantText)
			}
			problem := findProblem(doc, "read as Windows-1252")
			if problem == nil {
				t.Fatalf("problems = %+v, want a Windows-1252 warning", doc.Problems)
			}
			if problem.Severity != "warning" {
				t.Errorf("severity = %q, want warning", problem.Severity)
			}
			if problem.Line != tc.wantLine {
				t.Errorf("line = %d, want %d", problem.Line, tc.wantLine)
			}
		})
	}
}

func TestParseDamagedUTF8(t *testing.T) {
	content := "# Política\n\nEl área de seguridad revisa el acceso. Bad \xff byte.\n"
	doc, err := parseText(t, "damaged.md", content)
	if err != nil {
		t.Fatal(err)
	}

	if !strings.Contains(doc.Text, "área") {
		t.Errorf("text = %q, want the UTF-8 characters kept", doc.Text)
	}
	if !strings.Contains(doc.Text, "Bad \uFFFD byte.") {
		t.Errorf("text = %q, want the bad byte replaced with U+FFFD", doc.Text)
	}
	problem := findProblem(doc, "not valid UTF-8")
	if problem == nil || problem.Line != 3 {
		t.Fatalf("problems = %+v, want a warning at line 3", doc.Problems)
	}
}

func TestParseLimit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.md")
	if err := os.WriteFile(path, []byte(strings.Repeat("a", 2048)), 0o600); err != nil {
		t.Fatal(err)
	}

	_, err := Parse(context.Background(), parsers.File{Path: path, Rel: "big.md"}, parsers.Options{MaxFileBytes: 1024})
	if !errors.Is(err, parsers.ErrLimit) {
		t.Fatalf("err = %v, want ErrLimit", err)
	}
	for _, part := range []string{"2048", "1024", "limits.max_file_bytes"} {
		if !strings.Contains(err.Error(), part) {
			t.Errorf("err = %q, want it to contain %q", err, part)
		}
	}
}

func TestParseCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()

	_, err := Parse(ctx, parsers.File{Path: filepath.Join("testdata", "lists.md"), Rel: "lists.md"}, parsers.Options{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestParseJSONHasNoNulls(t *testing.T) {
	for _, name := range []string{"lists.md", "tables.md", "frontmatter_bad_yaml.md"} {
		out, err := json.Marshal(parseFile(t, name))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(out), "null") {
			t.Errorf("%s: JSON holds null: %s", name, out)
		}
	}
}

// TestParseTestdataSane checks the invariants on every testdata file.
func TestParseTestdataSane(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.md"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			checkSane(t, parseFile(t, name), lineCount(readTestdata(t, name)))
		})
	}
}

func TestParseHostileKinds(t *testing.T) {
	t.Run("tab list without final newline", func(t *testing.T) {
		doc := parseFile(t, "tab_list_fence.md")
		if len(doc.Statements) != 1 || doc.Statements[0].Text != "`" || doc.Statements[0].Line != 2 {
			t.Errorf("statements = %+v, want the nested item with a lone backtick on line 2", doc.Statements)
		}
	})
	t.Run("html comment at end of file", func(t *testing.T) {
		doc := parseFile(t, "html_comment_at_eof.md")
		if got := statementTexts(doc); !reflect.DeepEqual(got, []string{"Policy", "Text."}) {
			t.Errorf("statements = %q", got)
		}
		if doc.Sections[0].EndLine != 3 {
			t.Errorf("section ends on line %d, want 3", doc.Sections[0].EndLine)
		}
	})
	t.Run("atx headings", func(t *testing.T) {
		doc := parseFile(t, "atx_headings.md")
		var titles []string
		for _, s := range doc.Sections {
			titles = append(titles, s.Title)
		}
		want := []string{"A", "Scope", "", "C# notes", "Closing hashes", "Trailing hash#"}
		if !reflect.DeepEqual(titles, want) {
			t.Errorf("titles = %q, want %q", titles, want)
		}
	})
}
