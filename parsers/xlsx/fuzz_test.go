package xlsx

import (
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/soc2lint/soc2lint/parsers"
)

var update = flag.Bool("update", false, "rewrite the workbooks in testdata/")

// testdataWorkbooks builds the small workbooks kept in testdata/, which
// seed FuzzParse.
func testdataWorkbooks(t *testing.T) map[string]parsers.File {
	files := map[string]parsers.File{}

	files["dates.xlsx"] = rawWorkbook{
		numFmts:   map[int]string{164: "yyyy/m/d", 165: "dd.mm.yyyy hh:mm"},
		xfNumFmts: []int{14, 164, 165},
		sheets: []rawSheet{{name: "Dates", data: `<row r="1">` + inline("A1", "builtin") + inline("B1", "custom") + inline("C1", "stamp") + inline("D1", "iso") + `</row>` +
			`<row r="2"><c r="A2" s="1"><v>46082</v></c><c r="B2" s="2"><v>60</v></c><c r="C2" s="3"><v>46082.4375</v></c><c r="D2" t="d"><v>2024-02-29T00:00:00</v></c></row>`}},
	}.write(t, "dates.xlsx")

	files["structures.xlsx"] = rawWorkbook{
		sharedStrings: []string{`<si><t>東京都</t><rPh sb="0" eb="3"><t>トウキョウト</t></rPh></si>`, `<si><r><t>Access </t></r><r><t>review</t></r></si>`},
		sheets: []rawSheet{{name: "Mixed", data: `<row r="1">` + inline("A1", "Checks") + `</row>` +
			`<row r="2"><c r="D2" t="s"><v>1</v></c><c r="A2" t="s"><v>0</v></c>` + inline("B2", "owner") + `</row>` +
			`<row r="3">` + inline("A3", "AC-1") + `<c r="B3"><f>SUM(1,2)</f></c><c r="D3" t="b"><v>1</v></c></row>` +
			`<row r="4" s="1" customFormat="1"><c r="A4" s="1"/></row>`,
			tail: `<mergeCells count="2"><mergeCell ref="B2:C2"/><mergeCell ref="A3:A4"/></mergeCells>`}},
	}.write(t, "structures.xlsx")

	f := excelize.NewFile()
	must(t, f.SetSheetName("Sheet1", "Change Log"))
	must(t, f.SetSheetRow("Change Log", "A1", &[]any{"ticket", "approved", "ok"}))
	must(t, f.SetSheetRow("Change Log", "A2", &[]any{"CHG-1", 46082.5, true}))
	must(t, f.SetCellStyle("Change Log", "B2", "B2", newStyle(t, f, 22, "")))
	must(t, f.MergeCell("Change Log", "C1", "D1"))
	files["excelize.xlsx"] = saveExcelize(t, f, "excelize.xlsx")

	return files
}

func TestTestdata(t *testing.T) {
	if *update {
		for name, file := range testdataWorkbooks(t) {
			data, err := os.ReadFile(file.Path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join("testdata", name), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}

	tests := []struct {
		file   string
		header []string
		rows   [][]string
		probs  int
	}{
		{"dates.xlsx", []string{"builtin", "custom", "stamp", "iso"}, [][]string{{"2026-03-01", "1900-02-29", "2026-03-01T10:30:00", "2024-02-29"}}, 0},
		{"structures.xlsx", []string{"東京都", "owner", "owner", "Access review"}, [][]string{{"AC-1", "", "", "TRUE"}}, 1},
		{"excelize.xlsx", []string{"ticket", "approved", "ok", "ok"}, [][]string{{"CHG-1", "2026-03-01T12:00:00", "TRUE", ""}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			doc := parseFile(t, parsers.File{Path: filepath.Join("testdata", tt.file), Rel: tt.file})
			if len(doc.Tables) != 1 {
				t.Fatalf("%d tables", len(doc.Tables))
			}
			if !reflect.DeepEqual(doc.Tables[0].Header, tt.header) {
				t.Errorf("header = %q, want %q", doc.Tables[0].Header, tt.header)
			}
			if got := cells(doc.Tables[0]); !reflect.DeepEqual(got, tt.rows) {
				t.Errorf("rows = %q, want %q", got, tt.rows)
			}
			if len(doc.Problems) != tt.probs {
				t.Errorf("problems = %+v, want %d", doc.Problems, tt.probs)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*.xlsx"))
	for _, path := range seeds {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}

	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "fuzz.xlsx")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}

		opts := parsers.Options{MaxRows: 1000, MaxDecompressedBytes: 8 << 20}
		doc, err := Parse(context.Background(), parsers.File{Path: path, Rel: "fuzz.xlsx"}, opts)
		if err != nil {
			if !errors.Is(err, parsers.ErrLimit) && !errors.Is(err, parsers.ErrUnreadable) && !errors.Is(err, parsers.ErrEncrypted) {
				t.Fatalf("error wraps no parser sentinel: %v", err)
			}
			return
		}

		for _, table := range doc.Tables {
			if table.Sheet == "" || table.Cell == "" {
				t.Fatalf("table without location: %+v", table.Location)
			}
			for _, row := range table.Rows {
				if len(row.Cells) < len(table.Header) {
					t.Fatalf("row %s has %d cells, header %d", row.Cell, len(row.Cells), len(table.Header))
				}
				if row.Sheet != table.Sheet {
					t.Fatalf("row on sheet %q in table of %q", row.Sheet, table.Sheet)
				}
			}
		}
	})
}
