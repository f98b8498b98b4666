package csv

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/transform"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
	"github.com/soc2lint/soc2lint/parsers/problems"
)

// TableHeader describes the table of a CSV file. Stream passes the same
// value with every row of the table.
type TableHeader struct {
	// Header holds the header cells with surrounding white space removed and
	// trailing empty cells dropped.
	Header []string

	// Title is the text of a title row above the header, or "".
	Title string

	// Separator is the field separator: ",", ";", "\t" or "|", or the
	// character of an Excel `sep=` line.
	Separator string

	// Encoding is the text encoding read, one of the Encoding constants.
	Encoding string

	// Location is the position of the header row, with a 1-based Line.
	Location model.Location
}

// Visitor receives the table of a file. Stream calls it first with a Row
// whose Cells is nil, to announce the table and its header, and then once
// per body row in file order. A body row's Cells is never nil and has at
// least len(Header) cells. Returning an error stops Stream, which returns
// that error unchanged.
type Visitor func(t TableHeader, row model.Row) error

// contextCheckRows is the number of records read between cancellation
// checks.
const contextCheckRows = 1024

// sampleBytes is how much decoded text the separator detection reads.
const sampleBytes = 64 << 10

// Stream reads the CSV file and calls visit for its header and rows without
// holding more than one record in memory. A file with no non-blank record
// produces no calls. Blank records are skipped. It returns the problems it
// worked around, such as rows of the wrong width, and an error wrapping
// parsers.ErrLimit or parsers.ErrUnreadable when the file is over a limit or
// is not text.
func Stream(ctx context.Context, file parsers.File, opts parsers.Options, visit Visitor) ([]model.Problem, error) {
	opts = opts.WithDefaultsFor(model.FormatCSV)

	if err := checkFileSize(file, opts.MaxFileBytes); err != nil {
		return nil, err
	}

	enc, err := sniffEncoding(file.Path, file.Rel, opts.MaxFileBytes)
	if err != nil {
		return nil, err
	}

	f, err := os.Open(file.Path)
	if err != nil {
		return nil, fmt.Errorf("%s: open: %w", file.Rel, err)
	}
	defer f.Close()

	in, sep, firstLine, err := openText(f, enc, opts.MaxFileBytes, file.Rel)
	if err != nil {
		return nil, err
	}

	s := &streamer{
		ctx:     ctx,
		rel:     file.Rel,
		maxRows: opts.MaxRows,
		records: newRecordReader(in, sep, file.Rel, firstLine),
		visit:   visit,
	}
	s.table.Separator = string(sep)
	s.table.Encoding = enc.name

	err = s.run()
	return s.problems.Result(), err
}

// checkFileSize rejects a file larger than limit before reading it.
func checkFileSize(file parsers.File, limit int64) error {
	info, err := os.Stat(file.Path)
	if err != nil {
		return fmt.Errorf("%s: %w", file.Rel, err)
	}
	if info.Size() > limit {
		return fmt.Errorf("%s: file is %d bytes, over the limit of %d bytes (config key limits.max_file_bytes): %w",
			file.Rel, info.Size(), limit, parsers.ErrLimit)
	}
	return nil
}

// openText returns the decoded, newline-normalized text of f, the detected
// separator and the physical line number of the first line left to read,
// which is 2 after an Excel `sep=` line.
func openText(f *os.File, enc textEncoding, limit int64, rel string) (*bufio.Reader, byte, int, error) {
	if _, err := f.Seek(int64(enc.skip), io.SeekStart); err != nil {
		return nil, 0, 0, fmt.Errorf("%s: seek: %w", rel, err)
	}

	var text io.Reader = io.LimitReader(f, limit)
	if enc.decoder != nil {
		text = transform.NewReader(text, enc.decoder)
	}
	text = transform.NewReader(text, newlineNormalizer{})
	in := bufio.NewReaderSize(text, sampleBytes)

	sample, err := in.Peek(sampleBytes)
	complete := errors.Is(err, io.EOF)
	if err != nil && !complete {
		return nil, 0, 0, fmt.Errorf("%s: read: %w", rel, err)
	}

	if sep, length, ok := excelSepLine(sample); ok {
		if _, err := in.Discard(length); err != nil {
			return nil, 0, 0, fmt.Errorf("%s: read: %w", rel, err)
		}
		return in, sep, 2, nil
	}
	return in, detectSeparator(sample, complete), 1, nil
}

// streamer carries the state of one Stream call.
type streamer struct {
	ctx      context.Context
	rel      string
	maxRows  int
	records  *recordReader
	visit    Visitor
	table    TableHeader
	problems problems.Collector
	read     int
	rows     int
}

// run finds the header, announces the table and visits the body rows.
func (s *streamer) run() error {
	first, err := s.next()
	if errors.Is(err, io.EOF) {
		return nil
	}
	if err != nil {
		return err
	}

	second, err := s.next()
	if err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	hasSecond := err == nil

	header := first
	if hasSecond && isTitle(first, second) {
		s.table.Title = strings.TrimSpace(firstNonBlank(first.fields))
		header = second
		hasSecond = false
	}

	s.table.Header = headerCells(header.fields)
	s.table.Location = model.Location{Line: header.line}
	if err := s.visit(s.table, model.Row{Location: s.table.Location}); err != nil {
		return err
	}

	if hasSecond {
		if err := s.body(second); err != nil {
			return err
		}
	}
	for {
		rec, err := s.next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if err := s.body(rec); err != nil {
			return err
		}
	}
}

// next returns the next non-blank record, checking for cancellation.
func (s *streamer) next() (record, error) {
	for {
		s.read++
		if s.read%contextCheckRows == 0 {
			if err := s.ctx.Err(); err != nil {
				return record{}, fmt.Errorf("%s: %w", s.rel, err)
			}
		}

		rec, err := s.records.read()
		if err != nil {
			return record{}, err
		}
		if rec.unterminated {
			s.problems.Add(kindUnterminated, "error", model.Location{Line: rec.line},
				"quoted field starting on line %d has no closing quote, so the rest of the file was read as one field: add the missing quote", rec.line)
		}
		if !rec.blank() {
			return rec, nil
		}
	}
}

// body fits one body record to the header width and visits it.
func (s *streamer) body(rec record) error {
	s.rows++
	if s.rows > s.maxRows {
		return fmt.Errorf("%s: more than %d rows, over the limit of %d rows (config key limits.max_rows): split the export or raise the limit: %w",
			s.rel, s.maxRows, s.maxRows, parsers.ErrLimit)
	}

	cells := s.fit(rec)
	return s.visit(s.table, model.Row{Cells: cells, Location: model.Location{Line: rec.line}})
}

// fit pads a short record to the header width and drops empty cells past
// it, reporting rows that are still of the wrong width.
func (s *streamer) fit(rec record) []string {
	width := len(s.table.Header)
	cells := rec.fields

	for len(cells) > width && isBlank(cells[len(cells)-1]) {
		cells = cells[:len(cells)-1]
	}

	loc := model.Location{Line: rec.line}
	switch {
	case len(cells) < width:
		s.problems.Add(kindShortRow, "warning", loc,
			"row on line %d has %d fields but the header has %d: the missing fields were read as empty; check the separators on that line",
			rec.line, len(cells), width)
		padded := make([]string, width)
		copy(padded, cells)
		cells = padded
	case len(cells) > width:
		s.problems.Add(kindLongRow, "warning", loc,
			"row on line %d has %d fields but the header has %d: the extra fields have no column name; quote fields that contain the separator",
			rec.line, len(cells), width)
	}
	return cells
}

// isTitle reports whether first is a title above the header: a single
// non-blank cell followed by a record with more non-blank cells.
func isTitle(first, second record) bool {
	return countNonBlank(first.fields) == 1 && countNonBlank(second.fields) > 1
}

func headerCells(fields []string) []string {
	cells := make([]string, len(fields))
	for i, f := range fields {
		cells[i] = strings.TrimSpace(f)
	}
	for len(cells) > 1 && cells[len(cells)-1] == "" {
		cells = cells[:len(cells)-1]
	}
	return cells
}

func countNonBlank(fields []string) int {
	n := 0
	for _, f := range fields {
		if !isBlank(f) {
			n++
		}
	}
	return n
}

func firstNonBlank(fields []string) string {
	for _, f := range fields {
		if !isBlank(f) {
			return f
		}
	}
	return ""
}
