// Package dispatch picks the parser for a file by its name and runs it
// isolated: a panic inside a third-party parsing library becomes an error for
// that file, and a parse that runs past its time limit is abandoned, so one
// bad file never stops a run.
package dispatch

import (
	"context"
	"fmt"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
	"github.com/soc2lint/soc2lint/parsers/csv"
	"github.com/soc2lint/soc2lint/parsers/docx"
	"github.com/soc2lint/soc2lint/parsers/markdown"
	"github.com/soc2lint/soc2lint/parsers/pdf"
	"github.com/soc2lint/soc2lint/parsers/xlsx"
)

// registry maps a format to its parser.
var registry = map[string]parsers.Func{
	model.FormatMarkdown: markdown.Parse,
	model.FormatPDF:      pdf.Parse,
	model.FormatCSV:      csv.Parse,
	model.FormatXLSX:     xlsx.Parse,
	model.FormatDOCX:     docx.Parse,
}

// suffixes maps a lower-case file name suffix to its format.
var suffixes = map[string]string{
	".md":       model.FormatMarkdown,
	".markdown": model.FormatMarkdown,
	".md.tmpl":  model.FormatMarkdown,
	".pdf":      model.FormatPDF,
	".csv":      model.FormatCSV,
	".tsv":      model.FormatCSV,
	".xlsx":     model.FormatXLSX,
	".xlsm":     model.FormatXLSX,
	".docx":     model.FormatDOCX,
	".docm":     model.FormatDOCX,
	".dotx":     model.FormatDOCX,
}

// Suffixes returns a copy of the file name suffixes soc2lint reads, with
// their formats.
func Suffixes() map[string]string {
	out := make(map[string]string, len(suffixes))
	for suffix, format := range suffixes {
		out[suffix] = format
	}
	return out
}

// Parse reads file as format under opts.Timeout. A panic in the parser is
// recovered into an error wrapping parsers.ErrUnreadable.
//
// TODO: a parser goroutine that ignores its context keeps running after the
// timeout until it returns; only a child process could stop it for certain.
func Parse(ctx context.Context, file parsers.File, format string, opts parsers.Options) (*model.Document, error) {
	parse, ok := registry[format]
	if !ok {
		return nil, fmt.Errorf("%s: no parser for format %q", file.Rel, format)
	}

	opts = opts.WithDefaultsFor(format)
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()

	type outcome struct {
		doc *model.Document
		err error
	}
	done := make(chan outcome, 1)

	go func() {
		defer func() {
			if recovered := recover(); recovered != nil {
				done <- outcome{err: fmt.Errorf("%w: the %s parser crashed on this file (%v); please report it with the file if you can share it",
					parsers.ErrUnreadable, format, recovered)}
			}
		}()
		doc, err := parse(ctx, file, opts)
		done <- outcome{doc: doc, err: err}
	}()

	select {
	case result := <-done:
		if result.err == nil && result.doc == nil {
			return nil, fmt.Errorf("%w: the %s parser returned no document", parsers.ErrUnreadable, format)
		}
		return result.doc, result.err
	case <-ctx.Done():
		return nil, fmt.Errorf("%w: parsing took longer than %s; raise limits.timeout_seconds or split the file", parsers.ErrLimit, opts.Timeout)
	}
}
