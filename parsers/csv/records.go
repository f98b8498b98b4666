package csv

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/soc2lint/soc2lint/parsers"
)

// record is one CSV record.
type record struct {
	fields []string

	// line is the 1-based physical line where the record starts.
	line int

	// unterminated is set when a quoted field ran to the end of the file.
	unterminated bool
}

// blank reports whether every field is empty or white space.
func (r record) blank() bool {
	for _, f := range r.fields {
		if !isBlank(f) {
			return false
		}
	}
	return true
}

// recordReader splits newline-normalized UTF-8 text into records. Quoting
// follows RFC 4180 with lenient readings that spreadsheet exports need.
// Spaces before an opening quote are skipped. A field that opens with a
// quote but continues with text after the closing quote on the same line
// (`"Quoted" then more`) is read as the text written, quotes included. A
// stray quote inside a quoted field that already spans lines is kept as a
// literal quote.
type recordReader struct {
	in   *bufio.Reader
	sep  byte
	rel  string
	line int
	buf  []byte
}

func newRecordReader(in *bufio.Reader, sep byte, rel string, firstLine int) *recordReader {
	return &recordReader{in: in, sep: sep, rel: rel, line: firstLine - 1}
}

// readLine returns the next physical line with its newline, or io.EOF.
func (r *recordReader) readLine() ([]byte, error) {
	r.buf = r.buf[:0]
	for {
		chunk, err := r.in.ReadSlice('\n')
		r.buf = append(r.buf, chunk...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s: read: %w", r.rel, err)
		}
		if len(r.buf) == 0 {
			return nil, io.EOF
		}

		r.line++
		if i := bytes.IndexByte(r.buf, 0); i >= 0 {
			return nil, fmt.Errorf("%s: line %d: NUL character: the file is binary, not CSV text; export the data again as CSV: %w",
				r.rel, r.line, parsers.ErrUnreadable)
		}
		return r.buf, nil
	}
}

// read returns the next record, or io.EOF after the last one.
func (r *recordReader) read() (record, error) {
	line, err := r.readLine()
	if err != nil {
		return record{}, err
	}

	rec := record{line: r.line}
	pos := 0
	var field []byte

	for {
		start := pos
		for pos < len(line) && line[pos] == ' ' && r.sep != ' ' {
			pos++
		}

		if pos >= len(line) || line[pos] != '"' {
			pos = start
			end := r.fieldEnd(line, pos)
			rec.fields = append(rec.fields, string(line[pos:end]))
			pos = end
		} else {
			var ended bool
			field, line, pos, ended, err = r.readQuoted(line, pos, field[:0])
			if err != nil {
				return record{}, err
			}
			rec.fields = append(rec.fields, string(field))
			if ended {
				rec.unterminated = true
				return rec, nil
			}
		}

		if pos >= len(line) || line[pos] == '\n' {
			return rec, nil
		}
		pos++ // the separator
	}
}

// fieldEnd returns the index of the separator or newline that ends the
// unquoted field starting at pos, or len(line).
func (r *recordReader) fieldEnd(line []byte, pos int) int {
	for i := pos; i < len(line); i++ {
		if line[i] == r.sep || line[i] == '\n' {
			return i
		}
	}
	return len(line)
}

// readQuoted reads the quoted field whose opening quote is at line[pos]. It
// returns the field, the line it ended on, the position after it and whether
// the file ended inside the quotes.
func (r *recordReader) readQuoted(line []byte, pos int, field []byte) ([]byte, []byte, int, bool, error) {
	open := pos
	pos++
	spansLines := false

	for {
		i := bytes.IndexByte(line[pos:], '"')
		if i < 0 {
			field = append(field, line[pos:]...)

			next, err := r.readLine()
			if errors.Is(err, io.EOF) {
				return field, line, len(line), true, nil
			}
			if err != nil {
				return nil, nil, 0, false, err
			}
			line, pos, spansLines = next, 0, true
			continue
		}

		field = append(field, line[pos:pos+i]...)
		pos += i + 1

		if pos < len(line) && line[pos] == '"' {
			field = append(field, '"')
			pos++
			continue
		}
		if pos >= len(line) || line[pos] == r.sep || line[pos] == '\n' {
			return field, line, pos, false, nil
		}

		if spansLines {
			field = append(field, '"')
			continue
		}

		// Text follows the closing quote on the opening line: the quotes
		// were part of the text.
		end := r.fieldEnd(line, pos)
		field = append(field[:0], line[open:end]...)
		return field, line, end, false, nil
	}
}

func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r':
		default:
			return false
		}
	}
	return true
}
