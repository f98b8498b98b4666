package evidence_test

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/soc2lint/soc2lint/evidence"
	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
)

// writeVulnerabilities writes an XLSX vulnerability export of n rows with
// excelize's StreamWriter; every 1000th critical finding is remediated late.
func writeVulnerabilities(tb testing.TB, path string, n int) {
	tb.Helper()

	book := excelize.NewFile()
	defer book.Close()
	stream, err := book.NewStreamWriter("Sheet1")
	if err != nil {
		tb.Fatal(err)
	}
	header := []any{"Finding ID", "Asset", "Severity", "Detected On", "Resolved On", "Status"}
	if err := stream.SetRow("A1", header); err != nil {
		tb.Fatal(err)
	}

	severities := []string{"Critical", "High", "Medium", "Low"}
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 1; i <= n; i++ {
		detected := start.AddDate(0, 0, i%200)
		days := 10
		if i%1000 == 0 {
			days = 45
		}
		row := []any{
			fmt.Sprintf("V-%07d", i), fmt.Sprintf("host-%d", i%5000), severities[i%4],
			detected.Format("2006-01-02"), detected.AddDate(0, 0, days).Format("2006-01-02"), "resolved",
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := stream.SetRow(cell, row); err != nil {
			tb.Fatal(err)
		}
	}
	if err := stream.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := book.SaveAs(path); err != nil {
		tb.Fatal(err)
	}
}

// peakHeap samples the heap in use until stop is closed and returns the
// largest value seen, in bytes.
func peakHeap(stop <-chan struct{}) func() uint64 {
	var mu sync.Mutex
	var peak uint64
	done := make(chan struct{})
	go func() {
		defer close(done)
		ticker := time.NewTicker(20 * time.Millisecond)
		defer ticker.Stop()
		var stats runtime.MemStats
		for {
			runtime.ReadMemStats(&stats)
			mu.Lock()
			peak = max(peak, stats.HeapInuse)
			mu.Unlock()
			select {
			case <-stop:
				return
			case <-ticker.C:
			}
		}
	}()
	return func() uint64 {
		<-done
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}

// BenchmarkEvidence1MRows probes, streams, types and evaluates a
// million-row XLSX export and reports the peak heap in use.
func BenchmarkEvidence1MRows(b *testing.B) {
	if testing.Short() {
		b.Skip("generating a million-row workbook takes minutes; run without -short")
	}
	const rows = 1_000_000

	path := filepath.Join(b.TempDir(), "vulnerabilities.xlsx")
	writeVulnerabilities(b, path, rows)
	file := parsers.File{Path: path, Rel: "vulnerabilities.xlsx"}
	eng := newEngine(b, "2026-11-30", nil)
	runtime.GC()

	b.ResetTimer()
	for range b.N {
		stop := make(chan struct{})
		peak := peakHeap(stop)

		doc, err := evidence.Probe(context.Background(), file, model.FormatXLSX, parsers.Options{}, nil)
		if err != nil {
			b.Fatal(err)
		}
		if doc.Evidence.Type != evidence.TypeVulnerability {
			b.Fatalf("recognized %q, want vulnerability", doc.Evidence.Type)
		}
		findings, err := evidence.Evaluate(context.Background(), eng, doc, file, parsers.Options{}, 0)
		close(stop)
		if err != nil {
			b.Fatal(err)
		}

		if len(findings) != 1 || findings[0].RuleID != "evidence-vulnerability-sla" {
			b.Fatalf("got %d findings, want one folded SLA finding: %v", len(findings), summarize(findings))
		}
		b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MB")
	}
}
