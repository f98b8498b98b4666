package csv

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/soc2lint/soc2lint/parsers"
)

// Encoding names reported in TableHeader.Encoding.
const (
	EncodingUTF8    = "utf-8"
	EncodingUTF16LE = "utf-16le"
	EncodingUTF16BE = "utf-16be"
	Encoding1252    = "windows-1252"
)

// sniffChunk is the read size of the encoding check.
const sniffChunk = 64 << 10

// utf16Probe is how many leading bytes the check for UTF-16 without a
// byte-order mark looks at.
const utf16Probe = 512

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// textEncoding is the result of sniffEncoding: the encoding name, the number
// of byte-order-mark bytes to skip and the decoder, nil for UTF-8.
type textEncoding struct {
	name    string
	skip    int
	decoder *encoding.Decoder
}

// sniffEncoding reads the whole file once to choose its encoding. A
// byte-order mark decides; without one, text that is valid UTF-8 is UTF-8 and
// anything else is Windows-1252, the code page of most Western exports. NUL
// bytes in 8-bit text mean a binary file and give an error wrapping
// parsers.ErrUnreadable, unless the NULs sit in every other byte of the
// opening, which is UTF-16 written without a byte-order mark.
func sniffEncoding(path, rel string, limit int64) (textEncoding, error) {
	file, err := os.Open(path)
	if err != nil {
		return textEncoding{}, fmt.Errorf("%s: open: %w", rel, err)
	}
	defer file.Close()

	head := make([]byte, utf16Probe)
	n, err := io.ReadFull(file, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return textEncoding{}, fmt.Errorf("%s: read: %w", rel, err)
	}
	head = head[:n]

	switch {
	case bytes.HasPrefix(head, bomUTF8):
		return textEncoding{name: EncodingUTF8, skip: len(bomUTF8)}, nil
	case bytes.HasPrefix(head, bomUTF16LE):
		return utf16Encoding(unicode.LittleEndian, len(bomUTF16LE)), nil
	case bytes.HasPrefix(head, bomUTF16BE):
		return utf16Encoding(unicode.BigEndian, len(bomUTF16BE)), nil
	}

	if order, ok := utf16WithoutBOM(head); ok {
		return utf16Encoding(order, 0), nil
	}

	valid, err := scanUTF8(io.MultiReader(bytes.NewReader(head), io.LimitReader(file, limit)), rel)
	if err != nil {
		return textEncoding{}, err
	}
	if valid {
		return textEncoding{name: EncodingUTF8}, nil
	}
	return textEncoding{name: Encoding1252, decoder: charmap.Windows1252.NewDecoder()}, nil
}

func utf16Encoding(order unicode.Endianness, skip int) textEncoding {
	name := EncodingUTF16LE
	if order == unicode.BigEndian {
		name = EncodingUTF16BE
	}
	return textEncoding{name: name, skip: skip, decoder: unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder()}
}

// utf16WithoutBOM reports whether head looks like mostly-ASCII UTF-16: zero
// bytes in at least 40% of the high-byte positions and almost none in the
// low-byte positions.
func utf16WithoutBOM(head []byte) (unicode.Endianness, bool) {
	if len(head) < 4 {
		return unicode.LittleEndian, false
	}

	var evenZeros, oddZeros int
	for i, b := range head {
		if b != 0 {
			continue
		}
		if i%2 == 0 {
			evenZeros++
		} else {
			oddZeros++
		}
	}

	pairs := len(head) / 2
	switch {
	case oddZeros*10 >= pairs*4 && evenZeros*20 <= pairs:
		return unicode.LittleEndian, true
	case evenZeros*10 >= pairs*4 && oddZeros*20 <= pairs:
		return unicode.BigEndian, true
	}
	return unicode.LittleEndian, false
}

// scanUTF8 reports whether r holds valid UTF-8. A NUL byte gives an error
// wrapping parsers.ErrUnreadable, because no text export contains one.
func scanUTF8(r io.Reader, rel string) (bool, error) {
	buf := make([]byte, sniffChunk+utf8.UTFMax)
	carry := 0
	valid := true
	var offset int64

	for {
		n, err := r.Read(buf[carry : carry+sniffChunk])
		chunk := buf[:carry+n]

		if i := bytes.IndexByte(buf[carry:carry+n], 0); i >= 0 {
			return false, fmt.Errorf("%s: NUL byte at offset %d: the file is binary, not CSV text; export the data again as CSV: %w",
				rel, offset+int64(i), parsers.ErrUnreadable)
		}
		offset += int64(n)

		atEOF := errors.Is(err, io.EOF)
		if err != nil && !atEOF {
			return false, fmt.Errorf("%s: read: %w", rel, err)
		}

		tail := incompleteTail(chunk)
		if atEOF {
			tail = 0
		}
		if valid && !utf8.Valid(chunk[:len(chunk)-tail]) {
			valid = false
		}
		if atEOF {
			return valid, nil
		}

		copy(buf, chunk[len(chunk)-tail:])
		carry = tail
	}
}

// incompleteTail returns the length of a multi-byte sequence cut off at the
// end of b, so that it is checked together with the next chunk.
func incompleteTail(b []byte) int {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax+1; i-- {
		if utf8.RuneStart(b[i]) {
			if utf8.FullRune(b[i:]) {
				return 0
			}
			return len(b) - i
		}
	}
	return 0
}
