// Package parsers holds the contract between the discovery stage and the
// per-format parsers in its subpackages (markdown, pdf, csv, xlsx, docx).
//
// Each subpackage exports a Parse function with the Func signature. It reads
// one file and returns a model.Document with File, Format, Title, Metadata,
// Sections, Statements, Tables and Text filled. Statements are blocks
// (headings, paragraphs, list items, table rows) whose Text keeps the source
// line breaks; the annotate package later splits them into sentences and
// fills Norm, Modality, Frequencies, Durations, Vague, Kind and Language.
//
// A parser returns an error only when it cannot produce a document at all
// (encrypted, binary, over a limit). Defects it can work around go into
// Document.Problems. Parsers never panic on purpose; the dispatch package
// recovers from panics in third-party libraries and bounds time per file.
package parsers

import (
	"context"
	"errors"
	"time"

	"github.com/soc2lint/soc2lint/dates"
	"github.com/soc2lint/soc2lint/model"
)

// File names a file to parse.
type File struct {
	// Path is the path to open.
	Path string

	// Rel is the path relative to the linted root, with forward slashes; it
	// becomes Document.File.
	Rel string
}

// Options are the per-file limits and reading preferences. A zero limit means
// the default.
type Options struct {
	// DateOrder is the order of numeric dates such as 01/03/2026.
	DateOrder dates.Order

	// MaxFileBytes is the largest file read, in bytes.
	MaxFileBytes int64

	// MaxDecompressedBytes bounds what a zip-based format (XLSX, DOCX) may
	// expand to, in bytes.
	MaxDecompressedBytes int64

	// MaxRows bounds the rows read from one tabular file.
	MaxRows int

	// Timeout bounds the time spent on one file.
	Timeout time.Duration
}

// Default limits. A 64 MiB policy is far beyond any real one, and the
// spreadsheet limits admit a year of events from a large identity provider.
const (
	DefaultMaxFileBytes         = 64 << 20
	DefaultMaxDecompressedBytes = 1 << 30
	DefaultMaxRows              = 2_000_000
	DefaultTimeout              = 60 * time.Second
)

// DefaultMaxTabularFileBytes bounds CSV and XLSX files. Exports are
// streamed, so their size costs time rather than memory, and a year of
// identity-provider events easily passes DefaultMaxFileBytes; MaxRows and
// MaxDecompressedBytes still bound them.
const DefaultMaxTabularFileBytes = 1 << 30

// WithDefaultsFor returns o with zero fields set to the defaults of format:
// DefaultMaxTabularFileBytes for CSV and XLSX, WithDefaults otherwise.
func (o Options) WithDefaultsFor(format string) Options {
	if o.MaxFileBytes <= 0 && (format == model.FormatCSV || format == model.FormatXLSX) {
		o.MaxFileBytes = DefaultMaxTabularFileBytes
	}
	return o.WithDefaults()
}

// WithDefaults returns o with zero fields set to the defaults.
func (o Options) WithDefaults() Options {
	if o.DateOrder == "" {
		o.DateOrder = dates.DMY
	}
	if o.MaxFileBytes <= 0 {
		o.MaxFileBytes = DefaultMaxFileBytes
	}
	if o.MaxDecompressedBytes <= 0 {
		o.MaxDecompressedBytes = DefaultMaxDecompressedBytes
	}
	if o.MaxRows <= 0 {
		o.MaxRows = DefaultMaxRows
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	return o
}

// Func parses one file.
type Func func(ctx context.Context, file File, opts Options) (*model.Document, error)

// ErrLimit is wrapped by errors about a file over a configured limit.
var ErrLimit = errors.New("over the limit")

// ErrUnreadable is wrapped by errors about files that are not of the format
// their name says (a binary file named .md, a truncated PDF).
var ErrUnreadable = errors.New("unreadable")

// ErrEncrypted is wrapped by errors about password-protected files.
var ErrEncrypted = errors.New("encrypted")
