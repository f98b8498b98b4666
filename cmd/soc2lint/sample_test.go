package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// writeTerminations writes a leavers export with n rows, one per day over
// the first 28 days of each month from January 2026.
func writeTerminations(t *testing.T, dir string, n int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("Employee ID,Last Day,Account Disabled On\n")
	for i := range n {
		day := fmt.Sprintf("2026-%02d-%02d", 1+i/28, 1+i%28)
		fmt.Fprintf(&b, "E%03d,%s,%s\n", i, day, day)
	}
	path := filepath.Join(dir, "leavers.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestSampleSameSeedSameRows(t *testing.T) {
	dir := t.TempDir()
	input := writeTerminations(t, dir, 200)

	var stderr bytes.Buffer
	first, second := filepath.Join(dir, "a.csv"), filepath.Join(dir, "b.csv")
	if code := run([]string{"sample", input, "--seed", "11", "--output", first}, &bytes.Buffer{}, &stderr); code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if code := run([]string{"sample", input, "--seed", "11", "--output", second}, &bytes.Buffer{}, &bytes.Buffer{}); code != ExitOK {
		t.Fatalf("exit %d", code)
	}

	a, b := readCSV(t, first), readCSV(t, second)
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Error("the same seed drew different rows")
	}
	if a[0][0] != "source_row" || a[0][1] != "Employee ID" {
		t.Errorf("header %v", a[0])
	}
	// 200 leavers in about 200 days is a daily control: 20 rows.
	if len(a) != 21 {
		t.Errorf("sample has %d rows, want 20", len(a)-1)
	}
	if !strings.HasPrefix(a[1][0], "line ") {
		t.Errorf("source location %q", a[1][0])
	}
	for _, want := range []string{"population 200 rows", "sample size 20", "seed 11", "daily"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q: %s", want, stderr.String())
		}
	}
}

func TestSampleSizeAndXLSX(t *testing.T) {
	dir := t.TempDir()
	input := writeTerminations(t, dir, 50)
	output := filepath.Join(dir, "sample.xlsx")

	if code := run([]string{"sample", input, "--seed", "3", "--size", "7", "--output", output}, &bytes.Buffer{}, &bytes.Buffer{}); code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	book, err := excelize.OpenFile(output)
	if err != nil {
		t.Fatal(err)
	}
	defer book.Close()
	rows, err := book.GetRows("Sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 8 {
		t.Errorf("sheet has %d rows, want a header and 7", len(rows))
	}
	about, _ := book.GetRows("About")
	if len(about) < 2 || about[1][1] != "3" {
		t.Errorf("About sheet does not record the seed: %v", about)
	}
}

func TestSampleRejectsBadOutput(t *testing.T) {
	dir := t.TempDir()
	input := writeTerminations(t, dir, 5)
	var stderr bytes.Buffer
	if code := run([]string{"sample", input, "--output", filepath.Join(dir, "x.txt")}, &bytes.Buffer{}, &stderr); code != ExitError {
		t.Errorf("exit %d, want %d", code, ExitError)
	}
	if !strings.Contains(stderr.String(), ".csv or .xlsx") {
		t.Errorf("stderr: %s", stderr.String())
	}
}
