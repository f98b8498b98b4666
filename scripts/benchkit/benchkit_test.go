package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parsers"
	"github.com/soc2lint/soc2lint/parsers/dispatch"
)

// TestGeneratedExports parses each generated export with the soc2lint
// parser for its format and checks the header and the row count.
func TestGeneratedExports(t *testing.T) {
	for _, kind := range []string{"xlsx", "csv"} {
		t.Run(kind, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join(t.TempDir(), "access-review."+kind)
			if err := run([]string{kind, "250", path}); err != nil {
				t.Fatal(err)
			}

			doc, err := dispatch.Parse(context.Background(), parsers.File{Path: path, Rel: filepath.Base(path)}, kind, parsers.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Tables) != 1 {
				t.Fatalf("got %d tables, want 1", len(doc.Tables))
			}
			table := doc.Tables[0]
			if strings.Join(table.Header, ",") != strings.Join(exportHeader, ",") {
				t.Errorf("header = %q, want %q", table.Header, exportHeader)
			}
			if len(table.Rows) != 250 {
				t.Errorf("got %d rows, want 250", len(table.Rows))
			}
			if last := table.Rows[len(table.Rows)-1].Cells; len(last) != len(exportHeader) || last[0] != "user0000250@example.com" {
				t.Errorf("last row = %q", last)
			}
		})
	}
}

// TestGeneratedPDF parses a generated PDF and checks that every page's
// heading and the policy text come through.
func TestGeneratedPDF(t *testing.T) {
	path := filepath.Join(t.TempDir(), "policy.pdf")
	if err := run([]string{"pdf", "3", path}); err != nil {
		t.Fatal(err)
	}

	doc, err := dispatch.Parse(context.Background(), parsers.File{Path: path, Rel: "policy.pdf"}, "pdf", parsers.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Information Security Policy" {
		t.Errorf("title = %q", doc.Title)
	}
	for _, heading := range []string{"1. Control Area 1", "2. Control Area 2", "3. Control Area 3"} {
		if !strings.Contains(doc.Text, heading) {
			t.Errorf("text lacks the heading %q", heading)
		}
	}
	if !strings.Contains(doc.Text, "multi-factor authentication") {
		t.Error("text lacks the policy sentences")
	}
}

func TestParseFilePrintsCounts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "access-review.csv")
	if err := writeCSV(path, 10); err != nil {
		t.Fatal(err)
	}

	var out bytes.Buffer
	if err := parseFile(&out, path); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "csv, 0 statements, 1 tables, 10 rows") {
		t.Errorf("output = %q", out.String())
	}
}

func TestRunRejectsInvalidArguments(t *testing.T) {
	dir := t.TempDir()
	cases := map[string][]string{
		"no arguments":   nil,
		"unknown kind":   {"docx", "10", filepath.Join(dir, "a.docx")},
		"zero count":     {"csv", "0", filepath.Join(dir, "a.csv")},
		"count not int":  {"csv", "ten", filepath.Join(dir, "a.csv")},
		"unsupported":    {"parse", filepath.Join(dir, "a.txt")},
		"missing parsed": {"parse", filepath.Join(dir, "missing.csv")},
	}
	for name, args := range cases {
		t.Run(name, func(t *testing.T) {
			if err := run(args); err == nil {
				t.Errorf("run(%q) returned no error", args)
			}
		})
	}

	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 0 {
		t.Errorf("rejected runs wrote %d files", len(entries))
	}
}
