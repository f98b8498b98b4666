package engine

import (
	"fmt"
	"io"
	"sync"

	"github.com/open-policy-agent/opa/v1/topdown/print"
)

// printHook writes the output of print calls in rules to a writer. Rules run
// in a worker pool, so writes are serialized to keep lines whole.
type printHook struct {
	mu sync.Mutex
	w  io.Writer
}

// newPrintHook returns a hook writing to w, or nil when w is nil. A nil hook
// is what OPA expects when print output is not wanted.
func newPrintHook(w io.Writer) print.Hook {
	if w == nil {
		return nil
	}
	return &printHook{w: w}
}

// Print writes message prefixed with the file and line of the print call.
func (h *printHook) Print(ctx print.Context, message string) error {
	where := "rule"
	if ctx.Location != nil {
		where = fmt.Sprintf("%s:%d", ctx.Location.File, ctx.Location.Row)
	}

	h.mu.Lock()
	defer h.mu.Unlock()

	_, err := fmt.Fprintf(h.w, "%s: %s\n", where, message)
	return err
}
