package main

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
)

// listFormats are the formats of the listing commands (rules, criteria, map).
var listFormats = []string{"text", "json"}

func validateListFormat(format string) error {
	if !slices.Contains(listFormats, format) {
		return usageError("invalid --format %q: use %s", format, strings.Join(listFormats, " or "))
	}
	return nil
}

// writeJSON writes value as indented JSON.
func writeJSON(w io.Writer, value any) error {
	encoder := json.NewEncoder(w)
	encoder.SetIndent("", "  ")
	encoder.SetEscapeHTML(false)
	if err := encoder.Encode(value); err != nil {
		return fmt.Errorf("writing JSON: %w", err)
	}
	return nil
}

// orNone returns the list joined with ", ", or "none".
func orNone(list []string) string {
	if len(list) == 0 {
		return "none"
	}
	return strings.Join(list, ", ")
}
