package evidence

import (
	"context"
	"os"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
	"github.com/soc2lint/soc2lint/parsers/dispatch"
)

// StreamThreshold is the file size, in bytes, above which a CSV or XLSX
// export is not loaded whole: Parse probes its header and Evaluate streams
// its rows. A 4 MiB CSV is roughly 40,000 rows, which as a parsed table
// with typed records takes about 100 MB; larger exports would make memory
// grow with the file.
const StreamThreshold = 4 << 20

// Parse reads one file for linting. A CSV or XLSX file larger than
// StreamThreshold is probed with Probe, so its rows are never held in
// memory; every other file goes to the dispatch package. Apply then
// recognizes the evidence of a loaded export.
func Parse(ctx context.Context, file parsers.File, format string, opts parsers.Options, override *Override) (*model.Document, error) {
	if Tabular(format) {
		if info, err := os.Stat(file.Path); err == nil && info.Size() > StreamThreshold {
			return Probe(ctx, file, format, opts, override)
		}
	}
	return dispatch.Parse(ctx, file, format, opts)
}
