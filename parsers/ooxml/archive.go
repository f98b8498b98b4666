package ooxml

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/soc2lint/soc2lint/parsers"
)

// cfbSignature opens every OLE compound file. Word and Excel store a
// password-protected file as one, and binary .doc and .xls files are one
// too.
var cfbSignature = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// Format describes one OOXML file kind for the messages of its errors and
// the way its reads are counted.
type Format struct {
	// Kind names one file of the format after "is not", such as "a DOCX
	// document".
	Kind string

	// Resave is the advice on how to write the file again, such as "save it
	// again as .docx from Word".
	Resave string

	// Encrypted is the explanation of an OLE compound file with the fix, such as
	// "a password-protected document or a binary Word .doc file, not an
	// OOXML .docx: save it as an unprotected .docx".
	Encrypted string

	// SharedBudget counts every byte read from every part against one
	// decompression limit, so that a part read twice counts twice. Without
	// it each part is bounded on its own by its declared size and the
	// limit, which lets a parser read a part twice (XLSX reads a sheet once
	// for merged cells and once for rows). The declared sizes together are
	// under the limit in both cases.
	SharedBudget bool
}

// Archive is an open OOXML package.
type Archive struct {
	parts  map[string]*zip.File
	name   string
	format Format

	// limit is opts.MaxDecompressedBytes, and left is the part of it that
	// the parts read so far have not used, counted when
	// format.SharedBudget is set.
	limit int64
	left  int64
}

// New opens the package of size bytes in r after the checks that need no
// decompression: the size, the OLE signature, and the sum of the
// uncompressed sizes that the zip central directory declares. name is the
// file name used in errors.
func New(r io.ReaderAt, size int64, name string, opts parsers.Options, format Format) (*Archive, error) {
	if size > opts.MaxFileBytes {
		return nil, fmt.Errorf("%s: file is %d bytes, over the limit of %d bytes: raise limits.max_file_bytes or exclude the file: %w",
			name, size, opts.MaxFileBytes, parsers.ErrLimit)
	}
	if size == 0 {
		return nil, fmt.Errorf("%s is empty (0 bytes): %s or remove the file: %w",
			name, format.Resave, parsers.ErrUnreadable)
	}

	head := make([]byte, len(cfbSignature))
	if n, _ := r.ReadAt(head, 0); n == len(head) && bytes.Equal(head, cfbSignature) {
		return nil, fmt.Errorf("%s is %s: %w", name, format.Encrypted, parsers.ErrEncrypted)
	}

	zr, err := zip.NewReader(r, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, fmt.Errorf("%s is not %s (%v): %s or exclude it: %w",
			name, format.Kind, err, format.Resave, parsers.ErrUnreadable)
	}

	if err := checkDeclaredSize(zr, name, opts.MaxDecompressedBytes); err != nil {
		return nil, err
	}

	a := &Archive{
		parts:  make(map[string]*zip.File, len(zr.File)),
		name:   name,
		format: format,
		limit:  opts.MaxDecompressedBytes,
		left:   opts.MaxDecompressedBytes,
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
			return fmt.Errorf("%s: entry %q declares %d uncompressed bytes, so the package expands to more than the limit of %d bytes: raise limits.max_decompressed_bytes or exclude the file: %w",
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

// Name returns the file name used in errors.
func (a *Archive) Name() string {
	return a.name
}

// Has reports whether the package contains the part.
func (a *Archive) Has(name string) bool {
	_, ok := a.parts[partKey(name)]
	return ok
}

// Open returns a reader of the part's uncompressed bytes. archive/zip fails
// a read past the size the entry declares, and the reader also stops at the
// decompression limit, so that the limit holds even where the declared
// sizes lie or the zip reader changes.
func (a *Archive) Open(name string) (io.ReadCloser, error) {
	zf, ok := a.parts[partKey(name)]
	if !ok {
		return nil, fmt.Errorf("%s: part %q is missing: %s: %w", a.name, name, a.format.Resave, parsers.ErrUnreadable)
	}

	rc, err := zf.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: part %q cannot be read (%v): %s: %w", a.name, name, err, a.format.Resave, parsers.ErrUnreadable)
	}

	if a.format.SharedBudget {
		return &partReader{a: a, part: name, rc: rc, r: io.LimitReader(rc, a.left+1)}, nil
	}
	bound := min(zf.UncompressedSize64, uint64(a.limit))
	return &boundedReader{a: a, part: name, rc: rc, left: bound}, nil
}

// DecodePart reads a small XML part into v.
func (a *Archive) DecodePart(name string, v any) error {
	rc, err := a.Open(name)
	if err != nil {
		return err
	}
	defer rc.Close()

	if err := NewDecoder(rc).Decode(v); err != nil {
		return a.PartError(name, err)
	}
	return nil
}

// PartError turns an error met while reading part into one that names the
// file and what to do. Errors that already wrap a parser error, such as the
// decompression limit, are kept.
func (a *Archive) PartError(part string, err error) error {
	if errors.Is(err, parsers.ErrLimit) || errors.Is(err, parsers.ErrUnreadable) {
		return err
	}
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("%s: part %q is not well-formed XML (%v): %s: %w",
		a.name, part, err, a.format.Resave, parsers.ErrUnreadable)
}

// readError wraps an error of the zip reader other than io.EOF.
func (a *Archive) readError(part string, err error) error {
	return fmt.Errorf("%s: part %q is damaged (%v): %s: %w", a.name, part, err, a.format.Resave, parsers.ErrUnreadable)
}

// limitError reports a part read past the decompression limit.
func (a *Archive) limitError(part string) error {
	return fmt.Errorf("%s: part %q expands past its declared size or the limit of %d bytes: raise limits.max_decompressed_bytes or exclude the file: %w",
		a.name, part, a.limit, parsers.ErrLimit)
}
