package xlsx

import (
	"fmt"
	"os"

	"github.com/soc2lint/soc2lint/parsers"
	"github.com/soc2lint/soc2lint/parsers/ooxml"
)

// xlsxFormat sets the package error messages for workbooks. Each part is bounded
// on its own, because a worksheet is read twice: once for its merged cells
// and once for its rows.
var xlsxFormat = ooxml.Format{
	Kind:      "an XLSX workbook",
	Resave:    "save it again as .xlsx",
	Encrypted: "a password-protected workbook or a binary Excel .xls file, not an OOXML .xlsx: save it without a password as .xlsx",
}

// archive is an open workbook package and the file it reads from.
type archive struct {
	*ooxml.Archive
	file *os.File
}

// openArchive opens the workbook at file.Path; see ooxml.New for the checks
// made before anything is decompressed.
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

	a, err := ooxml.New(f, info.Size(), rel, opts, xlsxFormat)
	if err != nil {
		return nil, err
	}
	return &archive{Archive: a, file: f}, nil
}

func (a *archive) Close() error {
	return a.file.Close()
}
