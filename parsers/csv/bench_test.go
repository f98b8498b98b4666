package csv

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
)

// benchRows is the size of the large export the benchmarks read.
const benchRows = 1_000_000

// writeLargeExport writes a user export of rows rows: an id, a name, an
// email, a creation date, a last-login time and an active flag, with a
// quoted field containing the separator on every tenth row.
func writeLargeExport(b *testing.B, rows int) parsers.File {
	b.Helper()
	path := filepath.Join(b.TempDir(), "users.csv")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "user_id,name,email,created_on,last_login,active")

	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 1; i <= rows; i++ {
		name := fmt.Sprintf("User Number %d", i)
		if i%10 == 0 {
			name = fmt.Sprintf("\"Number %d, User\"", i)
		}
		fmt.Fprintf(w, "U%07d,%s,user%d@example.com,%s,%s,%t\r\n", i, name, i,
			start.AddDate(0, 0, i%2000).Format("2006-01-02"), start.Add(time.Duration(i)*7*time.Minute).Format(time.RFC3339), i%3 != 0)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	return parsers.File{Path: path, Rel: "users.csv"}
}

// peakHeap samples HeapAlloc every 5 ms while run runs and returns the
// maximum in MiB.
func peakHeap(run func()) float64 {
	runtime.GC()
	runtime.GC()

	var peak atomic.Uint64
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		ticker := time.NewTicker(5 * time.Millisecond)
		defer ticker.Stop()
		var stats runtime.MemStats
		for {
			runtime.ReadMemStats(&stats)
			if stats.HeapAlloc > peak.Load() {
				peak.Store(stats.HeapAlloc)
			}
			select {
			case <-stop:
				return
			case <-ticker.C:
			}
		}
	}()

	run()
	close(stop)
	<-done
	return float64(peak.Load()) / (1 << 20)
}

var benchOptions = parsers.Options{MaxFileBytes: 1 << 30, MaxRows: 2 * benchRows}

func BenchmarkStream1MRows(b *testing.B) {
	if testing.Short() {
		b.Skip("writing and reading a 1,000,000-row export takes several seconds")
	}
	file := writeLargeExport(b, benchRows)
	b.ResetTimer()

	for range b.N {
		rows := 0
		var err error
		peak := peakHeap(func() {
			_, err = Stream(context.Background(), file, benchOptions, func(t TableHeader, row model.Row) error {
				if row.Cells != nil {
					rows++
				}
				return nil
			})
		})
		if err != nil {
			b.Fatal(err)
		}
		if rows != benchRows {
			b.Fatalf("read %d rows, want %d", rows, benchRows)
		}
		b.ReportMetric(peak, "peak-heap-MB")
	}
}

func BenchmarkParse1MRows(b *testing.B) {
	if testing.Short() {
		b.Skip("writing and reading a 1,000,000-row export takes several seconds")
	}
	file := writeLargeExport(b, benchRows)
	b.ResetTimer()

	for range b.N {
		var doc *model.Document
		var err error
		peak := peakHeap(func() { doc, err = Parse(context.Background(), file, benchOptions) })
		if err != nil {
			b.Fatal(err)
		}
		if len(doc.Tables[0].Rows) != benchRows || len(doc.Problems) != 0 {
			b.Fatalf("got %d rows, problems %+v", len(doc.Tables[0].Rows), doc.Problems)
		}
		b.ReportMetric(peak, "peak-heap-MB")
	}
}
