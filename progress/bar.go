package progress

import (
	"io"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/soc2lint/soc2lint/i18n"
)

// refreshInterval bounds how often the bar is redrawn, so that a run over
// thousands of small files does not spend its time writing to the terminal.
const refreshInterval = 65 * time.Millisecond

// Bar shows lint progress on a terminal. Its methods are safe for
// concurrent use, and a nil *Bar does nothing, so callers need no checks.
type Bar struct {
	mu       sync.Mutex
	w        io.Writer
	lang     string
	throttle time.Duration
	bar      *progressbar.ProgressBar
	total    int
	done     int

	// evaluating is true once every file is parsed and the bar shows the
	// rule evaluation.
	evaluating bool
}

// New returns a bar that writes to w with labels in lang. It draws nothing
// until Update is called.
func New(w io.Writer, lang string) *Bar {
	return &Bar{w: w, lang: lang, throttle: refreshInterval}
}

// Update shows that done of total files are parsed. A count that goes back
// or a new total starts a new bar, as when a second run lints a baseline
// revision. The call that reaches total replaces the bar with a line saying
// that the rules are being evaluated, which is the next step.
func (b *Bar) Update(done, total int) {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()

	if b.bar == nil || b.evaluating || done < b.done || total != b.total {
		b.start(total)
	}
	b.done = done

	if done < total {
		_ = b.bar.Set(done)
		return
	}

	b.stop()
	b.evaluating = true
	b.bar = progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(b.w),
		progressbar.OptionSetDescription(i18n.Text(b.lang, i18n.ProgressEvaluating)),
		progressbar.OptionSetRenderBlankState(true),
		progressbar.OptionSetElapsedTime(false),
		progressbar.OptionClearOnFinish(),
	)
}

// Finish removes the bar from the terminal, so that the diagnostics and
// report that follow start on a clean line.
func (b *Bar) Finish() {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()

	b.stop()
}

// start replaces the current bar with one counting to total.
func (b *Bar) start(total int) {
	b.stop()
	b.total = total
	b.done = 0
	b.evaluating = false
	b.bar = progressbar.NewOptions(total,
		progressbar.OptionSetWriter(b.w),
		progressbar.OptionSetDescription(i18n.Text(b.lang, i18n.ProgressParsing)),
		progressbar.OptionShowCount(),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(b.throttle),
		progressbar.OptionSetRenderBlankState(true),
		progressbar.OptionSetPredictTime(false),
		progressbar.OptionClearOnFinish(),
	)
}

// stop finishes the current bar, which clears its line and ends the
// goroutine that animates the evaluation spinner.
func (b *Bar) stop() {
	if b.bar == nil {
		return
	}
	_ = b.bar.Finish()
	b.bar = nil
}
