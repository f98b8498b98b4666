package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/soc2lint/soc2lint/parsers"
)

// cfbSignature opens every OLE compound file. Excel stores a
// password-protected workbook as one, and legacy .xls files are one too.
var cfbSignature = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// archive is an open workbook package.
type archive struct {
	file  *os.File
	zip   *zip.Reader
	parts map[string]*zip.File
	rel   string
	limit int64
}

// openArchive opens the workbook at file.Path after the checks that need no
// decompression: the file size, the OLE signature, and the sum of the
// uncompressed sizes that the zip central directory declares.
func openArchive(file parsers.File, opts parsers.Options) (*archive, error) {
	f, err := os.Open(file.Path)
	if err != nil {
		return nil, fmt.Errorf("%s: open: %w", file.Rel, err)
	}

	a, err := newArchive(f, file.Rel, opts)
	if err != nil {
		f.Close()
		return nil, err
	}
	return a, nil
}

func newArchive(f *os.File, rel string, opts parsers.Options) (*archive, error) {
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", rel, err)
	}
	size := info.Size()
	if size > opts.MaxFileBytes {
		return nil, fmt.Errorf("%s: file is %d bytes, over the limit of %d bytes (config key limits.max_file_bytes): %w",
			rel, size, opts.MaxFileBytes, parsers.ErrLimit)
	}

	head := make([]byte, len(cfbSignature))
	if n, _ := f.ReadAt(head, 0); n == len(head) && bytes.Equal(head, cfbSignature) {
		return nil, fmt.Errorf("%s: the workbook is password-protected or not an OOXML file: save it without a password as .xlsx: %w",
			rel, parsers.ErrEncrypted)
	}

	zr, err := zip.NewReader(f, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, fmt.Errorf("%s: not an XLSX workbook (%v): save it again as .xlsx: %w", rel, err, parsers.ErrUnreadable)
	}

	if err := checkDeclaredSize(zr, rel, opts.MaxDecompressedBytes); err != nil {
		return nil, err
	}

	a := &archive{file: f, zip: zr, parts: make(map[string]*zip.File, len(zr.File)), rel: rel, limit: opts.MaxDecompressedBytes}
	for _, zf := range zr.File {
		a.parts[partKey(zf.Name)] = zf
	}
	return a, nil
}

// checkDeclaredSize rejects an archive whose entries declare more
// uncompressed bytes in total than limit. The sum is kept at or below limit
// while adding, so that a Zip64 size near 2^64 cannot overflow it.
func checkDeclaredSize(zr *zip.Reader, rel string, limit int64) error {
	budget := uint64(limit)
	var total uint64

	for _, zf := range zr.File {
		size := zf.UncompressedSize64
		if size > budget-total {
			return fmt.Errorf("%s: entry %q declares %d uncompressed bytes, so the workbook expands to more than the limit of %d bytes (config key limits.max_decompressed_bytes): %w",
				rel, zf.Name, size, limit, parsers.ErrLimit)
		}
		total += size
	}
	return nil
}

func (a *archive) Close() error {
	return a.file.Close()
}

// partKey normalizes a part name for lookup: no leading slash, forward
// slashes, lower case, because part names are case-insensitive.
func partKey(name string) string {
	name = strings.ReplaceAll(name, "\\", "/")
	return strings.ToLower(strings.TrimPrefix(name, "/"))
}

// has reports whether the package contains the part.
func (a *archive) has(name string) bool {
	_, ok := a.parts[partKey(name)]
	return ok
}

// open returns a reader of the part's uncompressed bytes. archive/zip fails
// a read past the size the entry declares. boundedReader enforces that bound
// and the decompression limit as well, so the limit holds even if the zip
// reader changes.
func (a *archive) open(name string) (io.ReadCloser, error) {
	zf, ok := a.parts[partKey(name)]
	if !ok {
		return nil, fmt.Errorf("%s: part %q is missing: save the workbook again as .xlsx: %w", a.rel, name, parsers.ErrUnreadable)
	}

	rc, err := zf.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: part %q: %v: save the workbook again as .xlsx: %w", a.rel, name, err, parsers.ErrUnreadable)
	}

	bound := min(zf.UncompressedSize64, uint64(a.limit))
	return &boundedReader{r: rc, left: bound, name: name, rel: a.rel, limit: a.limit}, nil
}

// boundedReader fails once more than left bytes have been read.
type boundedReader struct {
	r     io.ReadCloser
	left  uint64
	name  string
	rel   string
	limit int64
}

func (b *boundedReader) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	if uint64(n) > b.left {
		return 0, fmt.Errorf("%s: part %q expands past its declared size or the limit of %d bytes (config key limits.max_decompressed_bytes): %w",
			b.rel, b.name, b.limit, parsers.ErrLimit)
	}
	b.left -= uint64(n)

	if err != nil && !errors.Is(err, io.EOF) {
		return n, fmt.Errorf("%s: part %q: %v: save the workbook again as .xlsx: %w", b.rel, b.name, err, parsers.ErrUnreadable)
	}
	return n, err
}

func (b *boundedReader) Close() error {
	return b.r.Close()
}
