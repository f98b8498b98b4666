package ooxml

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/parsers"
)

func TestSharedBudgetSpansParts(t *testing.T) {
	// Each part is under the limit of 100 bytes; together they are over it.
	a := &Archive{name: "shared.docx", limit: 100, left: 100}
	first := &partReader{a: a, part: "first", r: bytes.NewReader(make([]byte, 60))}
	second := &partReader{a: a, part: "second", r: bytes.NewReader(make([]byte, 60))}

	if _, err := io.ReadAll(first); err != nil {
		t.Fatalf("first part: %v", err)
	}
	_, err := io.ReadAll(second)
	if !errors.Is(err, parsers.ErrLimit) || !strings.Contains(err.Error(), `part "second"`) {
		t.Errorf("second part: error = %v, want a limit error naming the part", err)
	}
}
