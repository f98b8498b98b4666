package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/soc2lint/soc2lint/discover"
	"github.com/soc2lint/soc2lint/parsers"
	"github.com/soc2lint/soc2lint/parsers/dispatch"
)

// parseFile parses path with the parser that `soc2lint lint` picks for its
// suffix, with the default limits, and prints what it read. It skips
// annotation, evidence recognition, rules and output encoding, so its time
// and memory are the parser's alone.
func parseFile(stdout io.Writer, path string) error {
	format := discover.FormatOf(path, dispatch.Suffixes())
	if format == "" {
		return fmt.Errorf("cannot parse %s: unsupported file type", path)
	}
	if _, err := os.Stat(path); err != nil {
		return fmt.Errorf("cannot parse %s: %w", path, err)
	}

	file := parsers.File{Path: path, Rel: filepath.Base(path)}
	doc, err := dispatch.Parse(context.Background(), file, format, parsers.Options{})
	if err != nil {
		return fmt.Errorf("parsing %s: %w", path, err)
	}

	rows := 0
	for _, table := range doc.Tables {
		rows += len(table.Rows)
	}
	_, err = fmt.Fprintf(stdout, "%s: %s, %d statements, %d tables, %d rows, %d bytes of text\n",
		path, format, len(doc.Statements), len(doc.Tables), rows, len(doc.Text))
	return err
}
