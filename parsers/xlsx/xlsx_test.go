package xlsx

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
)

func TestParseExcelizeWorkbook(t *testing.T) {
	f := excelize.NewFile()
	must(t, f.SetSheetName("Sheet1", "Change Log"))
	dateStyle := newStyle(t, f, 14, "")
	stampStyle := newStyle(t, f, 22, "")

	must(t, f.SetSheetRow("Change Log", "A1", &[]any{"Ticket", "Approved", "Deployed At", "Tested", "Count"}))
	approved := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	deployed := time.Date(2026, 3, 2, 10, 30, 0, 0, time.UTC)
	must(t, f.SetSheetRow("Change Log", "A2", &[]any{"CHG-1", approved, deployed, true, 3}))
	must(t, f.SetSheetRow("Change Log", "A3", &[]any{"CHG-2", approved.AddDate(0, 0, 1), deployed.Add(90 * time.Minute), false, 0.1 + 0.2}))
	must(t, f.SetCellStyle("Change Log", "B2", "B3", dateStyle))
	must(t, f.SetCellStyle("Change Log", "C2", "C3", stampStyle))

	// Rows 4 and 5 carry formatting only.
	must(t, f.SetCellStyle("Change Log", "A4", "E4", dateStyle))
	must(t, f.SetRowStyle("Change Log", 5, 5, stampStyle))

	must(t, f.SetSheetRow("Change Log", "A6", &[]any{"CHG-3", approved.AddDate(0, 0, 30), deployed.AddDate(0, 0, 30), true, 12}))
	must(t, f.SetCellStyle("Change Log", "B6", "B6", dateStyle))
	must(t, f.SetCellStyle("Change Log", "C6", "C6", stampStyle))

	_, err := f.NewSheet("Empty")
	must(t, err)

	doc := parseFile(t, saveExcelize(t, f, "change-tickets.xlsx"))

	if doc.Format != model.FormatXLSX || doc.File != "evidence/change-tickets.xlsx" {
		t.Errorf("format, file = %q, %q", doc.Format, doc.File)
	}
	if doc.Title != "Change Log" {
		t.Errorf("title = %q, want the only sheet's name", doc.Title)
	}
	if doc.Statements == nil || doc.Sections == nil || doc.Problems == nil {
		t.Error("Statements, Sections and Problems must be non-nil")
	}
	if doc.Kind != "" || doc.Language != "" || doc.Evidence != nil {
		t.Error("Kind, Language and Evidence are for a later stage")
	}
	if len(doc.Tables) != 1 {
		t.Fatalf("got %d tables, want 1 (the empty sheet is skipped)", len(doc.Tables))
	}

	table := doc.Tables[0]
	if !reflect.DeepEqual(table.Header, []string{"Ticket", "Approved", "Deployed At", "Tested", "Count"}) {
		t.Errorf("header = %q", table.Header)
	}
	if table.Location != (model.Location{Sheet: "Change Log", Cell: "A1"}) {
		t.Errorf("table location = %+v", table.Location)
	}

	want := [][]string{
		{"CHG-1", "2026-03-01", "2026-03-02T10:30:00", "TRUE", "3"},
		{"CHG-2", "2026-03-02", "2026-03-02T12:00:00", "FALSE", "0.3"},
		{"CHG-3", "2026-03-31", "2026-04-01T10:30:00", "TRUE", "12"},
	}
	if got := cells(table); !reflect.DeepEqual(got, want) {
		t.Errorf("rows = %q\nwant %q", got, want)
	}

	cellsWant := []string{"A2", "A3", "A6"}
	for i, row := range table.Rows {
		if row.Sheet != "Change Log" || row.Cell != cellsWant[i] {
			t.Errorf("row %d location = %+v, want Change Log!%s", i, row.Location, cellsWant[i])
		}
	}
	if len(doc.Problems) != 0 {
		t.Errorf("problems = %+v", doc.Problems)
	}
}

func TestParseDate1904(t *testing.T) {
	f := excelize.NewFile()
	enabled := true
	must(t, f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &enabled}))
	style := newStyle(t, f, 0, "dd.mm.yyyy hh:mm")

	must(t, f.SetSheetRow("Sheet1", "A1", &[]any{"event", "at"}))
	must(t, f.SetSheetRow("Sheet1", "A2", &[]any{"login", time.Date(2026, 3, 1, 10, 30, 0, 0, time.UTC)}))
	must(t, f.SetSheetRow("Sheet1", "A3", &[]any{"logout", time.Date(1904, 1, 2, 12, 0, 0, 0, time.UTC)}))
	must(t, f.SetCellStyle("Sheet1", "B2", "B3", style))

	doc := parseFile(t, saveExcelize(t, f, "events-1904.xlsx"))
	table := tableBySheet(t, doc, "Sheet1")

	want := [][]string{{"login", "2026-03-01T10:30:00"}, {"logout", "1904-01-02T12:00:00"}}
	if got := cells(table); !reflect.DeepEqual(got, want) {
		t.Errorf("rows = %q, want %q", got, want)
	}
	if doc.Title != "events-1904" {
		t.Errorf("title = %q, want the file name for a default sheet name", doc.Title)
	}
}

func TestParseDateFormats(t *testing.T) {
	wb := rawWorkbook{
		numFmts:   map[int]string{164: "yyyy/m/d", 165: "[$-409]mmmm d, yyyy", 166: "dd.mm.yyyy hh:mm", 167: "[h]:mm:ss", 168: `0.00" days"`},
		xfNumFmts: []int{14, 164, 165, 166, 22, 20, 167, 168, 10},
		sheets: []rawSheet{{name: "Dates", data: `<row r="1">` +
			inline("A1", "14") + inline("B1", "custom") + inline("C1", "locale") + inline("D1", "dotted") +
			inline("E1", "22") + inline("F1", "time") + inline("G1", "elapsed") + inline("H1", "quoted") + inline("I1", "percent") + `</row>` +
			`<row r="2"><c r="A2" s="1"><v>46082</v></c><c r="B2" s="2"><v>46082</v></c><c r="C2" s="3"><v>46082.4375</v></c>` +
			`<c r="D2" s="4"><v>46082.4375</v></c><c r="E2" s="5"><v>46082</v></c><c r="F2" s="6"><v>0.4375</v></c>` +
			`<c r="G2" s="7"><v>1.5</v></c><c r="H2" s="8"><v>2.5</v></c><c r="I2" s="9"><v>0.25</v></c></row>` +
			`<row r="3"><c r="A3" s="1"><v>60</v></c><c r="B3" s="2"><v>59</v></c><c r="C3" s="3"><v>61</v></c>` +
			`<c r="D3" s="4"><v>45000.99999999</v></c><c r="E3" s="5"><v>0.5</v></c><c r="F3" s="6"><v>45000.75</v></c>` +
			`<c r="G3" s="7"><v>0.25</v></c><c r="H3" t="d"><v>2024-02-29T00:00:00</v></c><c r="I3" s="1" t="d"><v>2024-02-29T13:00:00</v></c></row>` +
			`<row r="4"><c r="A4" s="1"><v>-1</v></c><c r="B4" s="1"><v>0</v></c><c r="C4" t="d" s="4"><v>2026-03-01</v></c></row>`,
		}},
	}
	doc := parseFile(t, wb.write(t, "dates.xlsx"))
	table := tableBySheet(t, doc, "Dates")

	want := [][]string{
		{"2026-03-01", "2026-03-01", "2026-03-01", "2026-03-01T10:30:00", "2026-03-01T00:00:00", "10:30:00", "36:00:00", "2.5", "0.25"},
		{"1900-02-29", "1900-02-28", "1900-03-01", "2023-03-16T00:00:00", "12:00:00", "18:00:00", "06:00:00", "2024-02-29", "2024-02-29"},
		{"-1", "0", "2026-03-01T00:00:00", "", "", "", "", "", ""},
	}
	if got := cells(table); !reflect.DeepEqual(got, want) {
		t.Errorf("rows =\n%q\nwant\n%q", got, want)
	}
}

func TestParseFormulas(t *testing.T) {
	wb := rawWorkbook{sheets: []rawSheet{{name: "Checks", data: `<row r="1">` + inline("A1", "control") + inline("B1", "score") + inline("C1", "result") + `</row>` +
		`<row r="2">` + inline("A2", "AC-1") + `<c r="B2"><f>SUM(1,2)</f><v>3</v></c><c r="C2" t="str"><f>IF(B2&gt;1,"pass","fail")</f><v>pass</v></c></row>` +
		`<row r="3">` + inline("A3", "AC-2") + `<c r="B3"><f>SUM(1,2)</f></c><c r="C3" t="str"><f t="shared" si="0"/></c></row>` +
		`<row r="4"><c r="B4"><f>NOW()</f></c></row>`,
	}}}
	doc := parseFile(t, wb.write(t, "formulas.xlsx"))
	table := tableBySheet(t, doc, "Checks")

	want := [][]string{{"AC-1", "3", "pass"}, {"AC-2", "", ""}, {"", "", ""}}
	if got := cells(table); !reflect.DeepEqual(got, want) {
		t.Errorf("rows = %q, want %q", got, want)
	}

	var named []string
	for _, p := range doc.Problems {
		named = append(named, p.Sheet+"!"+p.Cell)
		if !strings.Contains(p.Message, "no cached value") || !strings.Contains(p.Message, p.Sheet+"!"+p.Cell) {
			t.Errorf("problem message %q does not name the cell and the cause", p.Message)
		}
	}
	if !reflect.DeepEqual(named, []string{"Checks!B3", "Checks!C3", "Checks!B4"}) {
		t.Errorf("problems name %q, want B3, C3 and B4", named)
	}
}

func TestParseExcelizeFormulaWithoutCache(t *testing.T) {
	// excelize stores formulas without calculating them, as a script
	// that generates a report does.
	f := excelize.NewFile()
	must(t, f.SetSheetRow("Sheet1", "A1", &[]any{"a", "b", "total"}))
	must(t, f.SetSheetRow("Sheet1", "A2", &[]any{1, 2}))
	must(t, f.SetCellFormula("Sheet1", "C2", "A2+B2"))

	doc := parseFile(t, saveExcelize(t, f, "generated.xlsx"))
	if len(doc.Problems) != 1 || doc.Problems[0].Cell != "C2" {
		t.Fatalf("problems = %+v, want one for C2", doc.Problems)
	}
	if !strings.Contains(doc.Problems[0].Message, "=A2+B2") {
		t.Errorf("message %q does not show the formula", doc.Problems[0].Message)
	}
}

func TestParseMergedCells(t *testing.T) {
	f := excelize.NewFile()
	must(t, f.SetSheetName("Sheet1", "Review"))
	must(t, f.SetCellValue("Review", "A1", "Q1 access review"))
	must(t, f.MergeCell("Review", "A1", "D1"))
	must(t, f.SetSheetRow("Review", "A2", &[]any{"user", "Decision"}))
	must(t, f.MergeCell("Review", "B2", "C2"))
	must(t, f.SetCellValue("Review", "D2", "comment"))
	must(t, f.SetSheetRow("Review", "A3", &[]any{"ana", "retain", "2026-03-01", "ok"}))
	must(t, f.SetSheetRow("Review", "A4", &[]any{"luis", "revoke"}))
	must(t, f.SetCellValue("Review", "D4", "left"))
	must(t, f.MergeCell("Review", "B4", "B5"))
	must(t, f.SetSheetRow("Review", "A5", &[]any{"eva"}))

	doc := parseFile(t, saveExcelize(t, f, "merged.xlsx"))
	table := tableBySheet(t, doc, "Review")

	if !reflect.DeepEqual(table.Header, []string{"user", "Decision", "Decision", "comment"}) {
		t.Errorf("header = %q, want the merged cell on both columns", table.Header)
	}
	want := [][]string{{"ana", "retain", "2026-03-01", "ok"}, {"luis", "revoke", "", "left"}, {"eva", "revoke", "", ""}}
	if got := cells(table); !reflect.DeepEqual(got, want) {
		t.Errorf("rows = %q, want %q", got, want)
	}
	if table.Cell != "A2" || !strings.Contains(doc.Text, "Q1 access review") {
		t.Errorf("header cell = %q, text = %q: the merged title row should be the title", table.Cell, doc.Text)
	}
}

func TestParseRawStructures(t *testing.T) {
	wb := rawWorkbook{
		sharedStrings: []string{
			`<si><t>東京都</t><rPh sb="0" eb="3"><t>トウキョウト</t></rPh><phoneticPr fontId="1"/></si>`,
			`<si><r><rPr><b/></rPr><t>Access </t></r><r><t xml:space="preserve">review</t></r></si>`,
			`<si><t>line_x000D__x000A_two _x005F_x0041_</t></si>`,
		},
		sheets: []rawSheet{{name: "Mixed", data: `<row r="2">` + inline("D2", "last") + `<c r="B2" t="s"><v>0</v></c>` + inline("C2", "middle") + `</row>` +
			`<row r="3"><c r="C3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="D3" t="b"><v>1</v></c></row>` +
			`<row><c t="e"><v>#N/A</v></c><c t="inlineStr"><is><r><t>rich </t></r><r><t>inline</t></r><rPh><t>x</t></rPh></is></c></row>` +
			`<row r="6"><c r="B6" t="s"><v>9</v></c>` + inline("C6", "bad ref") + `</row>`,
		}},
	}
	doc := parseFile(t, wb.write(t, "raw.xlsx"))
	table := tableBySheet(t, doc, "Mixed")

	if !reflect.DeepEqual(table.Header, []string{"東京都", "middle", "last"}) || table.Cell != "B2" {
		t.Errorf("header = %q at %s", table.Header, table.Cell)
	}
	want := [][]string{{"line\ntwo _x0041_", "Access review", "TRUE"}, {"rich inline", "", ""}, {"", "bad ref", ""}}
	if got := cells(table); !reflect.DeepEqual(got, want) {
		t.Errorf("rows = %q, want %q", got, want)
	}
	if table.Rows[1].Cell != "B4" {
		t.Errorf("row without r attribute located at %q, want B4", table.Rows[1].Cell)
	}

	var kinds []string
	for _, p := range doc.Problems {
		kinds = append(kinds, p.Cell)
	}
	// A4 holds #N/A left of the header columns; B6 names a missing shared
	// string.
	if !reflect.DeepEqual(kinds, []string{"A4", "B6"}) {
		t.Errorf("problem cells = %q, want A4 and B6 (problems %+v)", kinds, doc.Problems)
	}
}

func TestParseWideRow(t *testing.T) {
	wb := rawWorkbook{sheets: []rawSheet{{name: "Wide", data: `<row r="1">` + inline("A1", "a") + inline("B1", "b") + `</row>` +
		`<row r="2">` + inline("A2", "1") + inline("B2", "2") + inline("E2", "extra") + `</row>`}}}
	doc := parseFile(t, wb.write(t, "wide.xlsx"))
	table := tableBySheet(t, doc, "Wide")

	want := [][]string{{"1", "2", "", "", "extra"}}
	if got := cells(table); !reflect.DeepEqual(got, want) {
		t.Errorf("rows = %q, want %q", got, want)
	}
	if len(doc.Problems) != 1 || doc.Problems[0].Cell != "E2" {
		t.Errorf("problems = %+v, want one at E2", doc.Problems)
	}
}

func TestParseStrictOOXML(t *testing.T) {
	const strictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main"
	const strictRel = "http://purl.oclc.org/ooxml/officeDocument/relationships"
	parts := map[string]string{
		"_rels/.rels":                `<Relationships xmlns="` + pkgRelNS + `"><Relationship Id="r1" Type="` + strictRel + `/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml":            `<x:workbook xmlns:x="` + strictMain + `" xmlns:r="` + strictRel + `"><x:workbookPr dateCompatibility="1"/><x:sheets><x:sheet name="Strict" sheetId="1" r:id="r7"/></x:sheets></x:workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships xmlns="` + pkgRelNS + `"><Relationship Id="r7" Type="` + strictRel + `/worksheet" Target="/xl/worksheets/data.xml"/><Relationship Id="r8" Type="` + strictRel + `/styles" Target="styles.xml"/></Relationships>`,
		"xl/styles.xml":              `<x:styleSheet xmlns:x="` + strictMain + `"><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>`,
		"xl/worksheets/data.xml": `<x:worksheet xmlns:x="` + strictMain + `"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>user</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>reviewed</x:t></x:is></x:c></x:row>` +
			`<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>ana</x:t></x:is></x:c><x:c r="B2" s="1"><x:v>46082</x:v></x:c></x:row></x:sheetData>` +
			`<x:mergeCells count="1"><x:mergeCell ref="A2:A3"/></x:mergeCells></x:worksheet>`,
	}
	doc := parseFile(t, writeZip(t, "strict.xlsx", parts))
	table := tableBySheet(t, doc, "Strict")

	if want := [][]string{{"ana", "2026-03-01"}}; !reflect.DeepEqual(cells(table), want) {
		t.Errorf("rows = %q, want %q", cells(table), want)
	}
}

func TestStreamTables(t *testing.T) {
	wb := rawWorkbook{sheets: []rawSheet{
		{name: "First", data: `<row r="3">` + inline("B3", "id") + `</row><row r="4">` + inline("B4", "1") + `</row>`},
		{name: "Blank", data: `<row r="1" s="1" customFormat="1"><c r="A1" s="1"/></row>`},
		{name: "Header Only", data: `<row r="1">` + inline("A1", "x") + inline("B1", "y") + `</row>`},
		{name: "Title Only", data: `<row r="1">` + inline("A1", "Just a note") + `</row>`},
	}}
	file := wb.write(t, "tables.xlsx")

	var calls []string
	_, err := Stream(context.Background(), file, parsers.Options{}, func(th TableHeader, row model.Row) error {
		if row.Cells == nil {
			calls = append(calls, "table "+th.Sheet+" "+strings.Join(th.Header, ",")+" at "+th.Location.Cell+" index "+string(rune('0'+th.Index))+" first "+th.ColumnName(0))
			return nil
		}
		calls = append(calls, "row "+row.Sheet+"!"+row.Cell+" "+strings.Join(row.Cells, ","))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	want := []string{
		"table First id at B3 index 0 first B",
		"row First!B4 1",
		"table Header Only x,y at A1 index 1 first A",
		"table Title Only Just a note at A1 index 2 first A",
	}
	if !reflect.DeepEqual(calls, want) {
		t.Errorf("calls =\n%q\nwant\n%q", calls, want)
	}
}

func TestStreamVisitorError(t *testing.T) {
	wb := rawWorkbook{sheets: []rawSheet{{name: "S", data: `<row r="1">` + inline("A1", "id") + `</row><row r="2">` + inline("A2", "1") + `</row>`}}}
	stop := errors.New("stop")
	_, err := Stream(context.Background(), wb.write(t, "v.xlsx"), parsers.Options{}, func(th TableHeader, row model.Row) error {
		if row.Cells != nil {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Errorf("err = %v, want the visitor's error", err)
	}
}

func TestStreamRecoversPanic(t *testing.T) {
	wb := rawWorkbook{sheets: []rawSheet{{name: "S", data: `<row r="1">` + inline("A1", "id") + `</row>`}}}
	_, err := Stream(context.Background(), wb.write(t, "p.xlsx"), parsers.Options{}, func(TableHeader, model.Row) error {
		var m map[string]int
		m["x"]++
		return nil
	})
	if !errors.Is(err, parsers.ErrUnreadable) || !strings.Contains(err.Error(), "evidence/p.xlsx") {
		t.Errorf("err = %v, want ErrUnreadable naming the file", err)
	}
}

func TestStreamCanceled(t *testing.T) {
	var data strings.Builder
	data.WriteString(`<row r="1">` + inline("A1", "id") + `</row>`)
	for i := 2; i < 5*contextCheckRows; i++ {
		data.WriteString(`<row><c><v>1</v></c></row>`)
	}
	wb := rawWorkbook{sheets: []rawSheet{{name: "S", data: data.String()}}}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rows := 0
	_, err := Stream(ctx, wb.write(t, "c.xlsx"), parsers.Options{}, func(TableHeader, model.Row) error {
		rows++
		if rows == 10 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if rows > 2*contextCheckRows {
		t.Errorf("visited %d rows after cancellation", rows)
	}
}
