package lint

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/soc2lint/soc2lint/baseline"
	"github.com/soc2lint/soc2lint/report"
)

// keepNewFindings narrows r to the findings absent from the baseline that
// opts names: a previous JSON report (BaselineFile) or the same paths at a
// Git revision (NewFromRev). Without either, r is left as it is.
func keepNewFindings(ctx context.Context, opts Options, r *report.Report) error {
	switch {
	case opts.BaselineFile != "" && opts.NewFromRev != "":
		return errors.New("a baseline report and a baseline revision were both given: use one")

	case opts.BaselineFile != "":
		previous, err := baseline.Load(opts.BaselineFile)
		if err != nil {
			return err
		}
		baseline.Filter(r, previous, report.BaselineReport, opts.BaselineFile)

	case opts.NewFromRev != "":
		previous, err := lintRevision(ctx, opts)
		if err != nil {
			return err
		}
		baseline.Filter(r, previous, report.BaselineRevision, opts.NewFromRev)
	}
	return nil
}

// lintRevision lints the paths as they were at opts.NewFromRev, with the
// same configuration and rules, in a temporary copy that is removed after.
func lintRevision(ctx context.Context, opts Options) (*report.Report, error) {
	paths := opts.Paths
	if len(paths) == 0 {
		paths = []string{"."}
	}

	tree, err := baseline.Materialize(ctx, opts.NewFromRev, paths)
	if err != nil {
		return nil, err
	}

	previousOpts := opts
	previousOpts.Paths = tree.Paths
	previousOpts.NewFromRev = ""
	previousOpts.Verbose = false
	// The progress bar and the diagnostics belong to the run the user asked
	// for; this one reads a temporary copy, whose skipped-file warnings
	// would repeat the real ones with temporary paths.
	previousOpts.Progress = nil
	previousOpts.Log = io.Discard

	previous, err := Run(ctx, previousOpts)
	if err != nil {
		err = fmt.Errorf("linting revision %s: %w", opts.NewFromRev, err)
	}
	return previous, errors.Join(err, tree.Close())
}
