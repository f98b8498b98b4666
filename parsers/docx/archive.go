package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/soc2lint/soc2lint/parsers"
)

// cfbSignature opens every OLE compound file. Word stores a
// password-protected document as one, and a binary .doc is one too.
var cfbSignature = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// archive is an open OOXML package.
type archive struct {
	parts map[string]*zip.File
	name  string

	// limit is opts.MaxDecompressedBytes, and left is the part of it that
	// the parts read so far have not used.
	limit int64
	left  int64
}

// newArchive opens the package of size bytes in r after the checks that
// need no decompression: the size, the OLE signature, and the sum of the
// uncompressed sizes that the zip central directory declares.
func newArchive(r io.ReaderAt, size int64, name string, opts parsers.Options) (*archive, error) {
	if size > opts.MaxFileBytes {
		return nil, fmt.Errorf("docx file %s is %d bytes, over the limit of %d bytes: raise limits.max_file_bytes or exclude the file: %w",
			name, size, opts.MaxFileBytes, parsers.ErrLimit)
	}
	if size == 0 {
		return nil, fmt.Errorf("docx file %s is empty (0 bytes): save the document again from Word or remove the file: %w",
			name, parsers.ErrUnreadable)
	}

	head := make([]byte, len(cfbSignature))
	if n, _ := r.ReadAt(head, 0); n == len(head) && bytes.Equal(head, cfbSignature) {
		return nil, fmt.Errorf("%s is a password-protected document or a binary Word .doc file, not an OOXML .docx: save it as an unprotected .docx: %w",
			name, parsers.ErrEncrypted)
	}

	zr, err := zip.NewReader(r, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, fmt.Errorf("%s is not a DOCX document (%v): save it again as .docx from Word or exclude it: %w",
			name, err, parsers.ErrUnreadable)
	}

	if err := checkDeclaredSize(zr, name, opts.MaxDecompressedBytes); err != nil {
		return nil, err
	}

	a := &archive{
		parts: make(map[string]*zip.File, len(zr.File)),
		name:  name,
		limit: opts.MaxDecompressedBytes,
		left:  opts.MaxDecompressedBytes,
	}
	for _, zf := range zr.File {
		a.parts[partKey(zf.Name)] = zf
	}
	return a, nil
}

// checkDeclaredSize rejects a package whose entries declare more
// uncompressed bytes in total than limit. The sum is kept at or below limit
// while adding, so that a Zip64 size near 2^64 cannot overflow it.
func checkDeclaredSize(zr *zip.Reader, name string, limit int64) error {
	budget := uint64(limit)
	var total uint64

	for _, zf := range zr.File {
		size := zf.UncompressedSize64
		if size > budget-total {
			return fmt.Errorf("%s: entry %q declares %d uncompressed bytes, so the document expands to more than the limit of %d bytes: raise limits.max_decompressed_bytes or exclude the file: %w",
				name, zf.Name, size, limit, parsers.ErrLimit)
		}
		total += size
	}
	return nil
}

// partKey normalizes a part name for lookup: no leading slash, forward
// slashes, lower case, because OOXML part names are case-insensitive.
func partKey(name string) string {
	name = strings.ReplaceAll(name, "\\", "/")
	return strings.ToLower(strings.TrimPrefix(name, "/"))
}

// has reports whether the package contains the part.
func (a *archive) has(name string) bool {
	_, ok := a.parts[partKey(name)]
	return ok
}

// open returns a reader of the part's uncompressed bytes. Reads are bounded
// twice: archive/zip fails a read past the size the entry declares, and an
// io.LimitReader stops at what the decompression limit leaves, so that the
// limit holds even where the declared sizes lie.
func (a *archive) open(name string) (io.ReadCloser, error) {
	zf, ok := a.parts[partKey(name)]
	if !ok {
		return nil, fmt.Errorf("%s: part %q is missing: save the document again as .docx from Word: %w",
			a.name, name, parsers.ErrUnreadable)
	}

	rc, err := zf.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: part %q cannot be read (%v): save the document again as .docx from Word: %w",
			a.name, name, err, parsers.ErrUnreadable)
	}
	return &partReader{a: a, part: name, rc: rc, r: io.LimitReader(rc, a.left+1)}, nil
}

// partReader counts the bytes of one part against the archive's limit.
type partReader struct {
	a    *archive
	part string
	rc   io.ReadCloser
	r    io.Reader
}

func (p *partReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.a.left -= int64(n)
	if p.a.left < 0 {
		return 0, fmt.Errorf("%s: part %q expands past the limit of %d bytes: raise limits.max_decompressed_bytes or exclude the file: %w",
			p.a.name, p.part, p.a.limit, parsers.ErrLimit)
	}

	if err != nil && !errors.Is(err, io.EOF) {
		return n, fmt.Errorf("%s: part %q is damaged (%v): save the document again as .docx from Word: %w",
			p.a.name, p.part, err, parsers.ErrUnreadable)
	}
	return n, err
}

func (p *partReader) Close() error {
	return p.rc.Close()
}
