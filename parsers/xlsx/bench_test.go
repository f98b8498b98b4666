package xlsx

import (
	"archive/zip"
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
)

// benchRows is the size of the large export the benchmarks read.
const benchRows = 1_000_000

// bigWorkbook is generated once per test binary and removed by TestMain.
var bigWorkbook struct {
	once sync.Once
	dir  string
	path string
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bigWorkbook.dir != "" {
		os.RemoveAll(bigWorkbook.dir)
	}
	os.Exit(code)
}

// largeExport returns a workbook of benchRows rows written with excelize's
// StreamWriter: a user export with an id, a name, an email, a creation
// date, a last-login date-time and an active flag.
func largeExport(b *testing.B) string {
	b.Helper()
	bigWorkbook.once.Do(func() {
		bigWorkbook.dir, bigWorkbook.err = os.MkdirTemp("", "soc2lint-xlsx-bench-")
		if bigWorkbook.err != nil {
			return
		}
		bigWorkbook.path = filepath.Join(bigWorkbook.dir, "users.xlsx")
		bigWorkbook.err = writeLargeExport(bigWorkbook.path, benchRows)
	})
	if bigWorkbook.err != nil {
		b.Fatal(bigWorkbook.err)
	}
	return bigWorkbook.path
}

func writeLargeExport(path string, rows int) error {
	f := excelize.NewFile()
	defer f.Close()

	dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 14})
	if err != nil {
		return err
	}
	stampStyle, err := f.NewStyle(&excelize.Style{NumFmt: 22})
	if err != nil {
		return err
	}

	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		return err
	}
	if err := sw.SetRow("A1", []any{"user_id", "name", "email", "created_on", "last_login", "active"}); err != nil {
		return err
	}

	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 1; i <= rows; i++ {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		row := []any{
			fmt.Sprintf("U%07d", i),
			fmt.Sprintf("User Number %d", i),
			fmt.Sprintf("user%d@example.com", i),
			excelize.Cell{StyleID: dateStyle, Value: start.AddDate(0, 0, i%2000)},
			excelize.Cell{StyleID: stampStyle, Value: start.Add(time.Duration(i) * 7 * time.Minute)},
			i%3 != 0,
		}
		if err := sw.SetRow(cell, row); err != nil {
			return err
		}
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.SaveAs(path)
}

// heapSampler records the largest live heap seen while it runs.
type heapSampler struct {
	peak atomic.Uint64
	stop chan struct{}
	done chan struct{}
}

func startHeapSampler() *heapSampler {
	// The second collection frees what the finalizers released by the
	// first one, such as the generator's temporary files, so that their
	// memory neither counts nor raises the collector's heap goal.
	runtime.GC()
	runtime.GC()
	s := &heapSampler{stop: make(chan struct{}), done: make(chan struct{})}

	go func() {
		defer close(s.done)
		ticker := time.NewTicker(5 * time.Millisecond)
		defer ticker.Stop()
		var stats runtime.MemStats
		for {
			// ReadMemStats stops the world briefly; at a 5 ms interval
			// the pause does not change the result.
			runtime.ReadMemStats(&stats)
			if stats.HeapAlloc > s.peak.Load() {
				s.peak.Store(stats.HeapAlloc)
			}
			select {
			case <-s.stop:
				return
			case <-ticker.C:
			}
		}
	}()
	return s
}

// peakMB stops the sampler and returns the peak in MiB.
func (s *heapSampler) peakMB() float64 {
	close(s.stop)
	<-s.done
	return float64(s.peak.Load()) / (1 << 20)
}

// benchOptions admit the large export whatever the defaults are.
var benchOptions = parsers.Options{MaxFileBytes: 1 << 30, MaxDecompressedBytes: 8 << 30, MaxRows: 2 * benchRows}

func BenchmarkStream1MRows(b *testing.B) {
	if testing.Short() {
		b.Skip("generating and reading a 1,000,000-row workbook takes about a minute")
	}
	path := largeExport(b)
	file := parsers.File{Path: path, Rel: "users.xlsx"}
	b.ResetTimer()

	for range b.N {
		sampler := startHeapSampler()
		rows := 0
		lastLogin := ""
		_, err := Stream(context.Background(), file, benchOptions, func(t TableHeader, row model.Row) error {
			if row.Cells != nil {
				rows++
				lastLogin = row.Cells[4]
			}
			return nil
		})
		peak := sampler.peakMB()
		if err != nil {
			b.Fatal(err)
		}
		if rows != benchRows || !isoDateTime.MatchString(lastLogin) {
			b.Fatalf("read %d rows, last login %q", rows, lastLogin)
		}
		b.ReportMetric(peak, "peak-heap-MB")
	}
}

func BenchmarkParse1MRows(b *testing.B) {
	if testing.Short() {
		b.Skip("generating and reading a 1,000,000-row workbook takes about a minute")
	}
	path := largeExport(b)
	file := parsers.File{Path: path, Rel: "users.xlsx"}
	b.ResetTimer()

	for range b.N {
		sampler := startHeapSampler()
		doc, err := Parse(context.Background(), file, benchOptions)
		peak := sampler.peakMB()
		if err != nil {
			b.Fatal(err)
		}
		if len(doc.Tables) != 1 || len(doc.Tables[0].Rows) != benchRows {
			b.Fatalf("got %d tables", len(doc.Tables))
		}
		b.ReportMetric(peak, "peak-heap-MB")
		runtime.KeepAlive(doc)
	}
}

// writeSharedStringExport writes a workbook of rows rows the way Excel saves
// one: every text cell refers to the shared string table, which holds three
// unique strings per row.
func writeSharedStringExport(path string, rows int) error {
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	defer out.Close()
	zw := zip.NewWriter(out)

	small := map[string]string{
		"_rels/.rels":                `<Relationships xmlns="` + pkgRelNS + `"><Relationship Id="r1" Type="` + relNS + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml":            `<workbook xmlns="` + mainNS + `" xmlns:r="` + relNS + `"><sheets><sheet name="Users" sheetId="1" r:id="r1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships xmlns="` + pkgRelNS + `"><Relationship Id="r1" Type="` + relNS + `/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="r2" Type="` + relNS + `/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="r3" Type="` + relNS + `/styles" Target="styles.xml"/></Relationships>`,
		"xl/styles.xml":              `<styleSheet xmlns="` + mainNS + `"><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="22"/></cellXfs></styleSheet>`,
	}
	for name, content := range small {
		w, err := zw.Create(name)
		if err != nil {
			return err
		}
		if _, err := io.WriteString(w, content); err != nil {
			return err
		}
	}

	w, err := zw.Create("xl/sharedStrings.xml")
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, `<sst xmlns="%s" uniqueCount="%d">`, mainNS, 3*rows+6)
	for _, h := range []string{"user_id", "name", "email", "created_on", "last_login", "active"} {
		fmt.Fprintf(bw, "<si><t>%s</t></si>", h)
	}
	for i := 1; i <= rows; i++ {
		fmt.Fprintf(bw, "<si><t>U%07d</t></si><si><t>User Number %d</t></si><si><t>user%d@example.com</t></si>", i, i, i)
	}
	bw.WriteString("</sst>")
	if err := bw.Flush(); err != nil {
		return err
	}

	w, err = zw.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		return err
	}
	bw = bufio.NewWriter(w)
	fmt.Fprintf(bw, `<worksheet xmlns="%s"><sheetData><row r="1">`, mainNS)
	for col := range 6 {
		fmt.Fprintf(bw, `<c r="%s1" t="s"><v>%d</v></c>`, columnName(col+1), col)
	}
	bw.WriteString("</row>")
	for i := 1; i <= rows; i++ {
		n := i + 1
		s := 3*i + 3
		fmt.Fprintf(bw, `<row r="%d"><c r="A%d" t="s"><v>%d</v></c><c r="B%d" t="s"><v>%d</v></c><c r="C%d" t="s"><v>%d</v></c>`+
			`<c r="D%d" s="1"><v>%d</v></c><c r="E%d" s="2"><v>%.6f</v></c><c r="F%d" t="b"><v>%d</v></c></row>`,
			n, n, s, n, s+1, n, s+2, n, 43831+i%2000, n, 43831+float64(i)*7/1440, n, i%2)
	}
	bw.WriteString("</sheetData></worksheet>")
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func BenchmarkStream1MRowsSharedStrings(b *testing.B) {
	if testing.Short() {
		b.Skip("writing and reading a 1,000,000-row workbook takes about a minute")
	}
	path := filepath.Join(b.TempDir(), "users-sst.xlsx")
	if err := writeSharedStringExport(path, benchRows); err != nil {
		b.Fatal(err)
	}
	file := parsers.File{Path: path, Rel: "users-sst.xlsx"}
	b.ResetTimer()

	for range b.N {
		sampler := startHeapSampler()
		rows := 0
		email := ""
		_, err := Stream(context.Background(), file, benchOptions, func(t TableHeader, row model.Row) error {
			if row.Cells != nil {
				rows++
				email = row.Cells[2]
			}
			return nil
		})
		peak := sampler.peakMB()
		if err != nil {
			b.Fatal(err)
		}
		if rows != benchRows || email != fmt.Sprintf("user%d@example.com", benchRows) {
			b.Fatalf("read %d rows, last email %q", rows, email)
		}
		b.ReportMetric(peak, "peak-heap-MB")
	}
}
