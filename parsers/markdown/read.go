package markdown

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
)

// sniffBytes is how much of the file is checked for NUL bytes before it is
// taken as text.
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

// zipMagic opens every zip archive, which is what a .docx or .xlsx file
// is inside.
var zipMagic = []byte("PK\x03\x04")

// checkText rejects binary data: a zip archive, or a NUL byte in the first
// sniffBytes, which is what other binary files and UTF-16 exports look like.
// Text that is not valid UTF-8 is accepted; decodeText reads it.
func checkText(path string, data []byte) error {
	if bytes.HasPrefix(data, zipMagic) {
		return fmt.Errorf("%s is a zip file (a Word document?), not Markdown: rename it .docx if it is one, or exclude it: %w",
			path, parsers.ErrUnreadable)
	}

	head := data[:min(len(data), sniffBytes)]
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return fmt.Errorf("%s is not a text Markdown file (NUL byte at offset %d): save it as UTF-8 text or exclude it: %w",
			path, i, parsers.ErrUnreadable)
	}
	return nil
}

// decodeText returns data as UTF-8 with a warning when it was not valid
// UTF-8. Text with more invalid bytes than valid multi-byte characters, and
// no UTF-8 byte-order mark, is decoded as Windows-1252, the code page that
// Western Windows editors save in and a superset of the printable Latin-1
// characters. Otherwise the text is taken as UTF-8 with a few damaged bytes,
// which normalizeText replaces with U+FFFD.
func decodeText(data []byte) ([]byte, []model.Problem) {
	if utf8.Valid(data) {
		return data, nil
	}

	valid, invalid, firstInvalid := countRunes(data)
	line := 1 + bytes.Count(data[:firstInvalid], []byte("\n"))

	if invalid > valid && !bytes.HasPrefix(data, bom) {
		decoded, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err == nil {
			return decoded, []model.Problem{{
				Severity: "warning",
				Message: fmt.Sprintf("the file is not valid UTF-8 (first at line %d), so it was read as Windows-1252; save it as UTF-8 so that every tool shows the same characters",
					line),
				Location: model.Location{Line: line},
			}}
		}
	}

	return data, []model.Problem{{
		Severity: "warning",
		Message: fmt.Sprintf("the file has %d bytes that are not valid UTF-8, the first at line %d, read as the replacement character U+FFFD; save the file as UTF-8",
			invalid, line),
		Location: model.Location{Line: line},
	}}
}

// countRunes returns the number of valid multi-byte UTF-8 characters and of
// invalid bytes in data, and the offset of the first invalid byte.
func countRunes(data []byte) (valid, invalid, firstInvalid int) {
	firstInvalid = -1
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}

		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			if firstInvalid < 0 {
				firstInvalid = i
			}
			invalid++
			i++
			continue
		}
		valid++
		i += size
	}
	return valid, invalid, max(firstInvalid, 0)
}

// normalizeText removes a leading byte-order mark, replaces invalid UTF-8
// with U+FFFD and turns CRLF and lone CR line endings into LF, so that
// offsets and line numbers agree with what an editor shows.
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
