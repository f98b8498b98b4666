package csv

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parsers"
)

func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*.*sv"))
	for _, path := range seeds {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("a,b\n\"x\"y,\"z\n"))
	f.Add(utf16Bytes("a\tb\r\n1\t2\r\n", false, true))

	f.Fuzz(func(t *testing.T, data []byte) {
		file := writeFile(t, "fuzz.csv", data)
		doc, err := Parse(context.Background(), file, parsers.Options{MaxRows: 500})
		if err != nil {
			if !errors.Is(err, parsers.ErrLimit) && !errors.Is(err, parsers.ErrUnreadable) {
				t.Fatalf("error wraps neither ErrLimit nor ErrUnreadable: %v", err)
			}
			return
		}

		if len(doc.Tables) > 1 {
			t.Fatalf("%d tables", len(doc.Tables))
		}
		for _, table := range doc.Tables {
			previous := table.Line
			for _, row := range table.Rows {
				if len(row.Cells) < len(table.Header) {
					t.Fatalf("row on line %d has %d cells, header %d", row.Line, len(row.Cells), len(table.Header))
				}
				if row.Line <= previous {
					t.Fatalf("row line %d not after %d", row.Line, previous)
				}
				previous = row.Line
				for _, cell := range row.Cells {
					if strings.ContainsRune(cell, '\r') {
						t.Fatalf("cell %q keeps a carriage return", cell)
					}
				}
			}
		}
	})
}
