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
// its rows. A loaded export costs about 7 KiB of memory per row once its
// typed records are Rego input (measured with scripts/bench.sh: a 3.8 MiB,
// 130,000-row XLSX peaked at 925 MiB), so only small exports, up to a few
// thousand rows, are loaded whole.
const StreamThreshold = 256 << 10

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
