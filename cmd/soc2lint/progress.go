package main

import (
	"io"
	"os"

	"github.com/soc2lint/soc2lint/lint"
	"github.com/soc2lint/soc2lint/progress"
)

// lintProgress returns the progress callback for lint.Options and the bar
// it draws on stderr. Both are nil when no bar may be shown (see
// progress.Allowed), so lint.Run then skips the file sizes. Otherwise the
// bar appears once the files are found and the run is long (see
// progress.Long). Call Finish on the bar after the run.
func lintProgress(stderr io.Writer, quiet bool, lang string) (func(lint.Progress), *progress.Bar) {
	conditions := progress.Conditions{TTY: isTerminal(stderr), CI: os.Getenv("CI"), Quiet: quiet}
	if !progress.Allowed(conditions) {
		return nil, nil
	}

	bar := progress.New(stderr, lang)
	shown := false
	update := func(p lint.Progress) {
		if p.Done == 0 {
			conditions.Files = p.Total
			conditions.LargestBytes = p.LargestBytes
			shown = progress.Long(conditions)
		}
		if shown {
			bar.Update(p.Done, p.Total)
		}
	}
	return update, bar
}
