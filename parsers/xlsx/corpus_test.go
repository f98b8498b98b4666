package xlsx

import (
	"errors"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/internal/corpustest"
	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
)

func parseCorpus(t *testing.T, root, rel string) (*model.Document, error) {
	t.Helper()
	return corpustest.Parse(t, Parse, root, rel)
}

func TestCorpusHostile(t *testing.T) {
	root := corpustest.Root(t)

	t.Run("dates", func(t *testing.T) {
		doc, err := parseCorpus(t, root, "hostile/xlsx_dates_1900.xlsx")
		if err != nil {
			t.Fatal(err)
		}
		table := doc.Tables[0]
		// Columns B to E hold the same serials under four date formats;
		// the serial 60 is the 1900-02-29 that Excel shows.
		want := map[string]string{"1": "1900-01-01", "59": "1900-02-28", "60": "1900-02-29", "61": "1900-03-01", "45000": "2023-03-15", "45000.75": "2023-03-15"}
		for _, row := range table.Rows {
			day, ok := want[row.Cells[0]]
			if !ok {
				continue
			}
			for col := 1; col <= 3; col++ {
				if row.Cells[col] != day {
					t.Errorf("%s column %d = %q, want %q", row.Cell, col, row.Cells[col], day)
				}
			}
			if !strings.HasPrefix(row.Cells[4], day+"T") {
				t.Errorf("%s date-time column = %q, want %sT...", row.Cell, row.Cells[4], day)
			}
			delete(want, row.Cells[0])
		}
		if len(want) != 0 {
			t.Errorf("serial rows not found: %v", want)
		}

		iso := false
		for _, row := range table.Rows {
			if reflect.DeepEqual(row.Cells[:2], []string{"iso t=d", "2024-02-29"}) {
				iso = true
			}
		}
		if !iso {
			t.Errorf("the t=\"d\" cell was not read as 2024-02-29: %q", cells(table))
		}
	})

	t.Run("formula without cache", func(t *testing.T) {
		doc, err := parseCorpus(t, root, "hostile/xlsx_formula_without_cache.xlsx")
		if err != nil {
			t.Fatal(err)
		}
		var named []string
		for _, p := range doc.Problems {
			named = append(named, p.Cell)
		}
		if !reflect.DeepEqual(named, []string{"A3", "A5"}) {
			t.Errorf("problems at %q, want A3 and A5", named)
		}
		if got := doc.Tables[0].Rows[2].Cells[0]; got != "999" {
			t.Errorf("A4 = %q, want the cached 999", got)
		}
	})

	t.Run("merged cells", func(t *testing.T) {
		doc, err := parseCorpus(t, root, "hostile/xlsx_merged_cells.xlsx")
		if err != nil {
			t.Fatal(err)
		}
		table := doc.Tables[0]
		if !reflect.DeepEqual(table.Header, []string{"control_id", "owner", "status"}) {
			t.Errorf("header = %q", table.Header)
		}
		if want := [][]string{{"AC-1", "alice", "pass"}, {"AC-2", "alice", "fail"}}; !reflect.DeepEqual(cells(table), want) {
			t.Errorf("rows = %q, want %q", cells(table), want)
		}
	})

	t.Run("cells out of order", func(t *testing.T) {
		doc, err := parseCorpus(t, root, "hostile/xlsx_cells_out_of_order.xlsx")
		if err != nil {
			t.Fatal(err)
		}
		h := doc.Tables[0].Header
		first := TableHeader{FirstColumn: 3}
		if h[0] != "early column second" || h[len(h)-1] != "late column first" || first.ColumnName(len(h)-1) != "Z" || doc.Tables[0].Cell != "C1" {
			t.Errorf("header = %q at %s", h, doc.Tables[0].Cell)
		}
	})

	t.Run("phonetic", func(t *testing.T) {
		doc, err := parseCorpus(t, root, "hostile/xlsx_shared_strings_phonetic.xlsx")
		if err != nil {
			t.Fatal(err)
		}
		if want := []string{"東京都", "Access review"}; !reflect.DeepEqual(doc.Tables[0].Header, want) {
			t.Errorf("header = %q, want %q", doc.Tables[0].Header, want)
		}
	})

	t.Run("empty merge ref", func(t *testing.T) {
		doc, err := parseCorpus(t, root, "hostile/xlsx_empty_merge_ref.xlsx")
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Problems) != 1 || doc.Problems[0].Sheet != "Evidence" {
			t.Errorf("problems = %+v, want one about the empty range", doc.Problems)
		}
	})

	t.Run("large", func(t *testing.T) {
		doc, err := parseCorpus(t, root, "hostile/xlsx_large_5000rows.xlsx")
		if err != nil {
			t.Fatal(err)
		}
		table := doc.Tables[0]
		if len(table.Header) != 4 || len(table.Rows) < 1000 {
			t.Errorf("header %q, %d rows", table.Header, len(table.Rows))
		}
	})

	t.Run("zip64 overflow", func(t *testing.T) {
		_, err := parseCorpus(t, root, "hostile/xlsx_zip64_size_overflow.xlsx")
		if !errors.Is(err, parsers.ErrLimit) {
			t.Errorf("err = %v, want ErrLimit", err)
		}
	})

	t.Run("cfb header", func(t *testing.T) {
		_, err := parseCorpus(t, root, "hostile/xlsx_cfb_header_only.xlsx")
		if !errors.Is(err, parsers.ErrEncrypted) {
			t.Errorf("err = %v, want ErrEncrypted", err)
		}
	})

	// Every XLSX-kind hostile file, including ones added later, gives a
	// document or an error wrapping a parser sentinel.
	files, _ := filepath.Glob(filepath.Join(root, "hostile", "xlsx_*"))
	for _, path := range files {
		rel, _ := filepath.Rel(root, path)
		_, err := parseCorpus(t, root, rel)
		if err != nil && !errors.Is(err, parsers.ErrLimit) && !errors.Is(err, parsers.ErrEncrypted) && !errors.Is(err, parsers.ErrUnreadable) {
			t.Errorf("%s: %v", rel, err)
		}
	}
}

var isoDateTime = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$`)

func TestCorpusNorthwindChangeLog(t *testing.T) {
	root := corpustest.Root(t)
	doc, err := parseCorpus(t, root, "labeled/northwind/evidence/change-tickets-2026.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Problems) != 0 {
		t.Errorf("problems = %+v", doc.Problems)
	}

	table := tableBySheet(t, doc, "Change Log")
	if len(table.Header) != 9 || table.Cell != "A1" || len(table.Rows) == 0 {
		t.Fatalf("header %q at %s, %d rows", table.Header, table.Cell, len(table.Rows))
	}

	dateColumns := 0
	for col, name := range table.Header {
		if !strings.HasSuffix(name, " At") {
			continue
		}
		dateColumns++
		for _, row := range table.Rows {
			if !isoDateTime.MatchString(row.Cells[col]) {
				t.Errorf("%s!%s column %q = %q, want an ISO date-time", row.Sheet, row.Cell, name, row.Cells[col])
			}
		}
	}
	if dateColumns != 2 {
		t.Errorf("found %d date-time columns in %q, want 2", dateColumns, table.Header)
	}

	for i, row := range table.Rows {
		if len(row.Cells) != len(table.Header) || row.Sheet != "Change Log" || !strings.HasPrefix(row.Cell, "A") {
			t.Errorf("row %d: %d cells at %s!%s", i, len(row.Cells), row.Sheet, row.Cell)
		}
	}

	if info := tableBySheet(t, doc, "Export Info"); len(info.Rows) == 0 {
		t.Error("the Export Info sheet has no rows")
	}
}
