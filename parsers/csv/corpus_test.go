package csv

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/internal/corpustest"
	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
)

func parseCorpusFile(t *testing.T, root, rel string) *model.Document {
	t.Helper()
	doc, err := corpustest.Parse(t, Parse, root, rel)
	if err != nil {
		t.Fatalf("Parse(%s): %v", rel, err)
	}
	return doc
}

// checkRectangular fails when a row is narrower or wider than the header or
// the file gave problems.
func checkRectangular(t *testing.T, doc *model.Document) model.Table {
	t.Helper()
	table := onlyTable(t, doc)
	for _, row := range table.Rows {
		if len(row.Cells) != len(table.Header) {
			t.Errorf("%s line %d: %d cells, header has %d", doc.File, row.Line, len(row.Cells), len(table.Header))
		}
	}
	if len(doc.Problems) != 0 {
		t.Errorf("%s: problems %+v", doc.File, doc.Problems)
	}
	return table
}

func TestCorpusHostile(t *testing.T) {
	root := corpustest.Root(t)

	tests := []struct {
		file   string
		header []string
		rows   [][]string
		lines  []int
	}{
		{"csv_bom_quoted_header.csv", []string{"control_id", "status"}, [][]string{{"AC-1", "pass"}}, []int{2}},
		{"csv_crlf_in_quoted_field.csv", []string{"control_id", "notes"}, [][]string{{"AC-1", "line one\nline two"}, {"AC-2", "plain"}}, []int{2, 4}},
		{"csv_leading_quote_unquoted_field.csv", []string{"control_id", "notes"}, [][]string{{"AC-1", "\"Quoted\" then more text"}}, []int{2}},
		{"csv_utf16le_tab.txt", []string{"control_id", "owner"}, [][]string{{"AC-1", "José Müller"}}, []int{2}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			table := checkRectangular(t, parseCorpusFile(t, root, filepath.Join("hostile", tt.file)))
			if !reflect.DeepEqual(table.Header, tt.header) {
				t.Errorf("header = %q, want %q", table.Header, tt.header)
			}
			if got := cells(table); !reflect.DeepEqual(got, tt.rows) {
				t.Errorf("rows = %q, want %q", got, tt.rows)
			}
			for i, row := range table.Rows {
				if i < len(tt.lines) && row.Line != tt.lines[i] {
					t.Errorf("row %d line = %d, want %d", i, row.Line, tt.lines[i])
				}
			}
		})
	}

	// Every CSV-kind hostile file, including ones added later, parses.
	files, _ := filepath.Glob(filepath.Join(root, "hostile", "csv_*"))
	for _, path := range files {
		rel, _ := filepath.Rel(root, path)
		if _, err := Parse(context.Background(), parsers.File{Path: path, Rel: rel}, parsers.Options{}); err != nil {
			t.Errorf("Parse(%s): %v", rel, err)
		}
	}
}

func TestCorpusProwler(t *testing.T) {
	root := corpustest.Root(t)
	files, _ := filepath.Glob(filepath.Join(root, "public", "prowler", "examples", "output", "*.csv"))
	if len(files) == 0 {
		t.Fatal("no prowler CSV files in the corpus")
	}

	for _, path := range files {
		rel, _ := filepath.Rel(root, path)
		t.Run(filepath.Base(rel), func(t *testing.T) {
			table := checkRectangular(t, parseCorpusFile(t, root, rel))

			if len(table.Header) < 10 || len(table.Rows) == 0 {
				t.Fatalf("header %d cells, %d rows", len(table.Header), len(table.Rows))
			}
			seen := map[string]bool{}
			for _, name := range table.Header {
				if name == "" || seen[name] {
					t.Errorf("empty or repeated header cell %q", name)
				}
				seen[name] = true
			}
			for _, name := range []string{"CHECK_ID", "STATUS", "SEVERITY"} {
				if !seen[name] {
					t.Errorf("header lacks %s: %q", name, table.Header)
				}
			}
		})
	}
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)

func TestCorpusNorthwindEvidence(t *testing.T) {
	root := corpustest.Root(t)
	files, _ := filepath.Glob(filepath.Join(root, "labeled", "northwind", "evidence", "*.csv"))
	if len(files) == 0 {
		t.Fatal("no northwind CSV files in the corpus")
	}

	for _, path := range files {
		rel, _ := filepath.Rel(root, path)
		t.Run(filepath.Base(rel), func(t *testing.T) {
			table := checkRectangular(t, parseCorpusFile(t, root, rel))

			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			firstLine, _, _ := strings.Cut(string(data), "\n")
			if want := strings.Split(strings.TrimSpace(firstLine), ","); !reflect.DeepEqual(table.Header, want) {
				t.Errorf("header = %q, want %q", table.Header, want)
			}

			// Columns named like dates hold ISO dates or nothing.
			for col, name := range table.Header {
				if !strings.HasSuffix(name, "_on") && !strings.HasSuffix(name, "_date") && !strings.HasSuffix(name, "_at") && !strings.HasSuffix(name, "_day") {
					continue
				}
				for _, row := range table.Rows {
					if value := row.Cells[col]; value != "" && !isoDate.MatchString(value) {
						t.Errorf("line %d column %s = %q, want an ISO date", row.Line, name, value)
					}
				}
			}
		})
	}
}
