package baseline

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/soc2lint/soc2lint/report"
)

// Load reads a JSON report of schema report.Schema. Any other file, such as
// a SARIF log or a report of a future schema, is rejected, because its
// findings would not match and every finding would look new.
func Load(path string) (*report.Report, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading baseline report %s: %w", path, err)
	}

	var header struct {
		Schema string `json:"schema"`
	}
	if err := json.Unmarshal(data, &header); err != nil {
		return nil, fmt.Errorf("baseline %s is not JSON: %w; write it with soc2lint lint --format json", path, err)
	}
	if header.Schema != report.Schema {
		return nil, fmt.Errorf("baseline %s has schema %q, not %q: write it with soc2lint lint --format json", path, header.Schema, report.Schema)
	}

	var previous report.Report
	if err := json.Unmarshal(data, &previous); err != nil {
		return nil, fmt.Errorf("reading baseline report %s: %w", path, err)
	}
	return &previous, nil
}
