package markdown

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/soc2lint/soc2lint/parsers"
)

// sniffBytes is how much of the file is checked for NUL bytes and invalid
// UTF-8 before it is taken as text.
const sniffBytes = 8 << 10

var bom = []byte{0xEF, 0xBB, 0xBF}

// readFile reads the file at path, rejecting files over maxBytes.
func readFile(path string, maxBytes int64) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("reading markdown file %s: %w", path, err)
	}
	if info.Size() > maxBytes {
		return nil, limitError(path, info.Size(), maxBytes)
	}

	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading markdown file %s: %w", path, err)
	}
	defer f.Close()

	// The file may grow between Stat and Read, so the read is bounded too.
	data, err := io.ReadAll(io.LimitReader(f, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading markdown file %s: %w", path, err)
	}
	if int64(len(data)) > maxBytes {
		return nil, limitError(path, int64(len(data)), maxBytes)
	}
	return data, nil
}

func limitError(path string, size, maxBytes int64) error {
	return fmt.Errorf("markdown file %s is %d bytes, over the limit of %d bytes: raise limits.max_file_bytes or exclude the file: %w",
		path, size, maxBytes, parsers.ErrLimit)
}

// checkText rejects data whose first sniffBytes hold a NUL byte or invalid
// UTF-8, which is what a binary file or a UTF-16 export named .md looks like.
func checkText(path string, data []byte) error {
	head := data[:min(len(data), sniffBytes)]

	if i := bytes.IndexByte(head, 0); i >= 0 {
		return fmt.Errorf("%s is not a text Markdown file (NUL byte at offset %d): save it as UTF-8 text or exclude it: %w",
			path, i, parsers.ErrUnreadable)
	}

	// A multi-byte character cut by the sniff window is not an error.
	if len(data) > sniffBytes {
		head = trimPartialRune(head)
	}
	if !utf8.Valid(head) {
		return fmt.Errorf("%s is not a text Markdown file (invalid UTF-8 in the first %d bytes): save it as UTF-8 or exclude it: %w",
			path, len(head), parsers.ErrUnreadable)
	}
	return nil
}

// trimPartialRune drops an incomplete UTF-8 sequence at the end of b.
func trimPartialRune(b []byte) []byte {
	for i := 1; i <= utf8.UTFMax && i <= len(b); i++ {
		if !utf8.RuneStart(b[len(b)-i]) {
			continue
		}
		if !utf8.FullRune(b[len(b)-i:]) {
			return b[:len(b)-i]
		}
		break
	}
	return b
}

// normalizeText removes a leading byte-order mark, replaces invalid UTF-8
// after the sniffed head with U+FFFD and turns CRLF and lone CR line endings
// into LF, so that offsets and line numbers agree with what an editor shows.
func normalizeText(data []byte) []byte {
	data = bytes.TrimPrefix(data, bom)

	if !utf8.Valid(data) {
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}

	if bytes.IndexByte(data, '\r') < 0 {
		return data
	}
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); i++ {
		c := data[i]
		if c != '\r' {
			out = append(out, c)
			continue
		}
		out = append(out, '\n')
		if i+1 < len(data) && data[i+1] == '\n' {
			i++
		}
	}
	return out
}
