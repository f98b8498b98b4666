package pdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
)

// headerSearch is how far into the file the "%PDF-" header may start. The
// PDF specification lets readers accept a header within the first 1024
// bytes, as most viewers do.
const headerSearch = 1024

var headerVersion = regexp.MustCompile(`^%PDF-\d\.\d`)

// errCanceled is the panic value the content interpreter raises to stop the
// library when the context is done.
var errCanceled = errors.New("parse canceled")

// outcome is the result of the isolated parse.
type outcome struct {
	doc *model.Document
	err error
}

// Parse reads one PDF file into a Document. It has the parsers.Func
// signature. Its errors wrap parsers.ErrLimit when the file is over
// opts.MaxFileBytes or the parse takes longer than opts.Timeout, and
// parsers.ErrEncrypted for an encrypted file. They wrap
// parsers.ErrUnreadable for a damaged file, a file that is not a PDF, and a
// PDF without a text layer.
func Parse(ctx context.Context, file parsers.File, opts parsers.Options) (*model.Document, error) {
	opts = opts.WithDefaults()

	data, err := readFile(file, opts.MaxFileBytes)
	if err != nil {
		return nil, err
	}

	if err := precheck(file, data); err != nil {
		return nil, err
	}

	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()

	// The parse runs in its own goroutine because a library loop that does
	// not read the file never checks the context. Parse returns at the
	// timeout even then.
	done := make(chan outcome, 1)
	go func() {
		done <- parseIsolated(ctx, file, data, opts)
	}()

	select {
	case out := <-done:
		return out.doc, out.err
	case <-ctx.Done():
		return nil, contextError(ctx, file, opts)
	}
}

// readFile reads the file, rejecting it before reading when it is larger
// than limit bytes.
func readFile(file parsers.File, limit int64) ([]byte, error) {
	f, err := os.Open(file.Path)
	if err != nil {
		return nil, fmt.Errorf("%s: opening the PDF: %w", displayName(file), err)
	}
	defer f.Close()

	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("%s: reading the PDF: %w", displayName(file), err)
	}
	if info.Size() > limit {
		return nil, limitError(file, info.Size(), limit)
	}

	// The file can grow between Stat and ReadAll, so the read is bounded too.
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: reading the PDF: %w", displayName(file), err)
	}
	if int64(len(data)) > limit {
		return nil, limitError(file, int64(len(data)), limit)
	}
	return data, nil
}

// precheck rejects files that must not reach the library: empty files,
// encrypted files, files without a PDF header, and files whose nesting or
// declared sizes would crash the process or exhaust memory.
func precheck(file parsers.File, data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return unreadable(file, "the file is empty: export the PDF again")
	}

	if isEncrypted(data) {
		return fmt.Errorf("%s: the PDF is encrypted: export it without a password: %w", displayName(file), parsers.ErrEncrypted)
	}

	if findHeader(data) < 0 {
		return unreadable(file, "not a PDF file (no %%PDF- header in the first %d bytes): check the file type or export it as PDF again", headerSearch)
	}

	if err := checkNesting(data); err != nil {
		return unreadable(file, "malformed PDF: %v: repair or re-export the file", err)
	}

	if err := checkAllocations(data); err != nil {
		return unreadable(file, "malformed PDF: %v: repair or re-export the file", err)
	}
	return nil
}

// parseIsolated runs the parse and turns a panic from the library into an
// error wrapping parsers.ErrUnreadable.
func parseIsolated(ctx context.Context, file parsers.File, data []byte, opts parsers.Options) (out outcome) {
	defer func() {
		recovered := recover()
		if recovered == nil {
			return
		}
		if ctx.Err() != nil {
			out = outcome{err: contextError(ctx, file, opts)}
			return
		}
		out = outcome{err: unreadable(file, "the PDF library failed on this file (%v): repair or re-export the file", recovered)}
	}()

	doc, err := parseDocument(ctx, file, normalizeHeader(data), opts)
	return outcome{doc: doc, err: err}
}

// findHeader returns the offset of the "%PDF-" header, or -1.
func findHeader(data []byte) int {
	return bytes.Index(data[:min(len(data), headerSearch)], []byte("%PDF-"))
}

// normalizeHeader returns data with a header the library accepts. The
// library reads only "%PDF-1.0" to "%PDF-1.7" followed by an end of line at
// offset 0. A PDF 2.0 header, or a header followed by a comment, is
// rewritten in place, so byte offsets do not change. A header after leading
// bytes is left alone and the library rejects the file.
func normalizeHeader(data []byte) []byte {
	if !headerVersion.Match(data) || len(data) < 9 {
		return data
	}
	if data[5] == '1' && data[7] <= '7' && (data[8] == '\n' || data[8] == '\r') {
		return data
	}

	fixed := bytes.Clone(data)
	copy(fixed, "%PDF-1.7")
	if fixed[8] != '\n' && fixed[8] != '\r' {
		fixed[8] = '\n'
	}
	return fixed
}

func contextError(ctx context.Context, file parsers.File, opts parsers.Options) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("%s: parsing the PDF timed out after %s (limits.timeout_seconds): simplify the file or raise the limit: %w",
			displayName(file), opts.Timeout, parsers.ErrLimit)
	}
	return fmt.Errorf("%s: parsing the PDF: %w", displayName(file), ctx.Err())
}

func limitError(file parsers.File, size, limit int64) error {
	return fmt.Errorf("%s: the PDF is %d bytes, over limits.max_file_bytes (%d): split the file or raise the limit: %w",
		displayName(file), size, limit, parsers.ErrLimit)
}

// unreadable returns an error wrapping parsers.ErrUnreadable whose message
// names the file.
func unreadable(file parsers.File, format string, args ...any) error {
	return fmt.Errorf("%s: %s: %w", displayName(file), fmt.Sprintf(format, args...), parsers.ErrUnreadable)
}

func displayName(file parsers.File) string {
	if file.Rel != "" {
		return file.Rel
	}
	return file.Path
}

// byteReaderAt serves the file from memory and fails every read once the
// context is done. The library turns a failed read into a panic, which
// unwinds whatever loop it was in.
type byteReaderAt struct {
	ctx  context.Context
	data []byte
}

func (r byteReaderAt) ReadAt(p []byte, off int64) (int, error) {
	if err := r.ctx.Err(); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, fmt.Errorf("read at negative offset %d", off)
	}
	if off >= int64(len(r.data)) {
		return 0, io.EOF
	}

	n := copy(p, r.data[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}
