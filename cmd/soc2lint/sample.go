package main

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/xuri/excelize/v2"

	"github.com/soc2lint/soc2lint/config"
	"github.com/soc2lint/soc2lint/dates"
	"github.com/soc2lint/soc2lint/discover"
	"github.com/soc2lint/soc2lint/evidence"
	"github.com/soc2lint/soc2lint/lint"
	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
	"github.com/soc2lint/soc2lint/parsers/dispatch"
)

// sampleRow is one drawn row: where it came from and its cells.
type sampleRow struct {
	order int
	place string
	cells []string
}

func newSampleCommand(stderr io.Writer) *cobra.Command {
	var output, configPath string
	var seed uint64
	var size int

	cmd := &cobra.Command{
		Use:   "sample FILE --output sample.csv|sample.xlsx",
		Short: "Draw a reproducible Type II sample from an evidence export",
		Long: `Draw a random sample of the rows of an evidence export for Type II testing.

The population is the rows whose main date (review date, completion date,
detection date, deployment date, last day, test date, opening date) falls in
scope.period of .soc2lint.yaml, or every row when no period is configured.
The sample size follows the commonly published guidance for a control of the
frequency the export shows (annual 1, quarterly 2, monthly 2-5, weekly 5-15,
daily 20-40, many times a day 25-60), at the low end of the range; --size
overrides it. The same --seed always draws the same rows. The sample is
written to --output as CSV or XLSX with the source location of each row, and
the population, sample size and seed are printed on stderr.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ext := strings.ToLower(filepath.Ext(output))
			if output == "" || (ext != ".csv" && ext != ".xlsx") {
				return usageError("--output must name a .csv or .xlsx file")
			}
			if size < 0 {
				return usageError("invalid --size %d: give a positive number of rows", size)
			}
			if !cmd.Flags().Changed("seed") {
				seed = uint64(time.Now().UnixNano())
			}

			cfg, err := loadConfig(configPath, args[0])
			if err != nil {
				return &exitError{code: ExitError, err: err}
			}
			return runSample(cmd.Context(), args[0], cfg, output, seed, size, stderr)
		},
	}

	cmd.Flags().StringVar(&output, "output", "", "file to write the sample to: .csv or .xlsx")
	cmd.Flags().Uint64Var(&seed, "seed", 0, "random seed; the same seed draws the same rows (default: from the clock, printed on stderr)")
	cmd.Flags().IntVar(&size, "size", 0, "sample size in rows (default: from the frequency guidance)")
	cmd.Flags().StringVar(&configPath, "config", "", "configuration file, for scope.period, date_order and evidence (default: the nearest .soc2lint.yaml in FILE's folder or above it, up to the current folder)")
	return cmd
}

// runSample draws and writes the sample of one export.
func runSample(ctx context.Context, path string, cfg *config.Config, output string, seed uint64, size int, stderr io.Writer) error {
	if ctx == nil {
		ctx = context.Background()
	}
	format := discover.FormatOf(path, dispatch.Suffixes())
	if !evidence.Tabular(format) {
		return usageError("cannot sample %s: only CSV and XLSX evidence exports can be sampled", path)
	}

	file := parsers.File{Path: path, Rel: lint.NamedFileRel(path, cfg)}
	opts := parsers.Options{DateOrder: dates.Order(cfg.DateOrder)}.WithDefaults()
	override := cfg.EvidenceOverride(file.Rel)

	doc, err := evidence.Parse(ctx, file, format, opts, override)
	if err != nil {
		return &exitError{code: ExitError, err: fmt.Errorf("%s: %w", path, err)}
	}
	doc.File = file.Rel
	evidence.Apply(doc, override, opts.DateOrder)
	if doc.Evidence == nil || doc.Evidence.Type == "" {
		return &exitError{code: ExitError, err: fmt.Errorf("%s: no evidence type recognized from the header; add an evidence: entry with its type to .soc2lint.yaml", path)}
	}

	spec, _ := evidence.Lookup(doc.Evidence.Type)
	start, end := cfg.Scope.Period.Start, cfg.Scope.Period.End
	header := headerOf(doc)

	const reservoirFloor = 60
	reservoir := evidence.NewReservoir[sampleRow](max(size, reservoirFloor), seed)
	population := 0
	days := map[string]bool{}
	first, last := "", ""

	_, err = evidence.Each(ctx, doc, file, opts, func(record model.Record, cells []string) error {
		day, _ := record.Fields[spec.PrimaryDate].(string)
		if len(day) >= 10 {
			day = day[:10]
		}
		if start != "" && (day == "" || day < start || day > end) {
			return nil
		}

		population++
		if day != "" {
			days[day] = true
			if first == "" || day < first {
				first = day
			}
			last = max(last, day)
		}
		reservoir.Add(sampleRow{order: population, place: placeOf(record.Location), cells: cells})
		return nil
	})
	if err != nil {
		return &exitError{code: ExitError, err: fmt.Errorf("reading %s: %w", path, err)}
	}

	periodDays := spanDays(start, end)
	if start == "" {
		periodDays = spanDays(first, last)
	}
	sortedDays := make([]string, 0, len(days))
	for day := range days {
		sortedDays = append(sortedDays, day)
	}
	sort.Strings(sortedDays)
	guidance := evidence.GuidanceFor(evidence.Occurrences(doc.Evidence.Type, population, sortedDays), periodDays)
	n := evidence.SampleSize(guidance, population)
	if size > 0 {
		n = min(size, population)
	}

	rows := reservoir.Take(n)
	sort.Slice(rows, func(i, j int) bool { return rows[i].order < rows[j].order })

	if err := writeSample(output, header, rows, path, seed); err != nil {
		return &exitError{code: ExitError, err: err}
	}

	period := "all rows"
	if start != "" {
		period = start + " to " + end
	}
	fmt.Fprintf(stderr, "%s: %s export, population %d rows (%s), control %s (guidance %d-%d), sample size %d, seed %d, written to %s\n",
		path, doc.Evidence.Type, population, period, guidance.Frequency, guidance.Low, guidance.High, len(rows), seed, output)
	return nil
}

// headerOf returns the header of the table the evidence was read from.
func headerOf(doc *model.Document) []string {
	for _, table := range doc.Tables {
		if table.Sheet == doc.Evidence.Sheet {
			return table.Header
		}
	}
	return nil
}

// spanDays is the number of days from start to end inclusive, or 0.
func spanDays(start, end string) int {
	a, err1 := time.Parse(dates.ISO, start)
	b, err2 := time.Parse(dates.ISO, end)
	if err1 != nil || err2 != nil {
		return 0
	}
	return int(b.Sub(a).Hours()/24) + 1
}

// placeOf names a source row: "line 14" or "Changes!A14".
func placeOf(loc model.Location) string {
	if loc.Cell != "" {
		return loc.Sheet + "!" + loc.Cell
	}
	return fmt.Sprintf("line %d", loc.Line)
}

// writeSample writes the rows with a leading source column, as CSV or XLSX
// by the output's extension. The XLSX file gets a second sheet that records
// the source file and seed.
func writeSample(output string, header []string, rows []sampleRow, source string, seed uint64) error {
	table := [][]string{append([]string{"source_row"}, header...)}
	for _, row := range rows {
		table = append(table, append([]string{row.place}, row.cells...))
	}

	if strings.EqualFold(filepath.Ext(output), ".csv") {
		f, err := os.Create(output)
		if err != nil {
			return fmt.Errorf("writing the sample: %w", err)
		}
		w := csv.NewWriter(f)
		if err := w.WriteAll(table); err != nil {
			f.Close()
			return fmt.Errorf("writing the sample to %s: %w", output, err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("writing the sample to %s: %w", output, err)
		}
		return nil
	}

	book := excelize.NewFile()
	defer book.Close()
	const sheet = "Sample"
	if err := book.SetSheetName("Sheet1", sheet); err != nil {
		return fmt.Errorf("writing the sample: %w", err)
	}
	for i, row := range table {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		values := make([]any, len(row))
		for j, v := range row {
			values[j] = v
		}
		if err := book.SetSheetRow(sheet, cell, &values); err != nil {
			return fmt.Errorf("writing the sample: %w", err)
		}
	}
	if _, err := book.NewSheet("About"); err != nil {
		return fmt.Errorf("writing the sample: %w", err)
	}
	about := [][]any{{"Source", source}, {"Seed", fmt.Sprint(seed)}, {"Rows", len(rows)}}
	for i, row := range about {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := book.SetSheetRow("About", cell, &row); err != nil {
			return fmt.Errorf("writing the sample: %w", err)
		}
	}
	if err := book.SaveAs(output); err != nil {
		return fmt.Errorf("writing the sample to %s: %w", output, err)
	}
	return nil
}
