package report

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/soc2lint/soc2lint/finding"
)

// JSON writes the report as indented JSON, the stable machine-readable
// format identified by Schema.
type JSON struct{}

// Write encodes r. Nil slices are written as [] so consumers need no null
// checks.
func (JSON) Write(w io.Writer, r *Report) error {
	out := *r
	if out.Documents == nil {
		out.Documents = []Document{}
	}
	if out.Findings == nil {
		out.Findings = []finding.Finding{}
	}
	if out.Coverage == nil {
		out.Coverage = []Coverage{}
	}

	encoder := json.NewEncoder(w)
	encoder.SetIndent("", "  ")
	encoder.SetEscapeHTML(false)
	if err := encoder.Encode(&out); err != nil {
		return fmt.Errorf("writing JSON report: %w", err)
	}
	return nil
}
