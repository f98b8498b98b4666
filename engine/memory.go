package engine

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"
)

// DefaultMaxMemoryBytes is the Go heap size at which the memory guard stops
// the rule evaluations in progress. The guard measures the whole process
// heap, which also holds every parsed document while rules run, so the
// limit leaves room for large document sets: the example policy repository
// needs under 100 MB. At the same time, 2 GiB stops a
// runaway rule long before it takes the memory of a laptop or CI runner,
// which a rule that builds an array with numbers.range can do within the
// 30 s default timeout.
const DefaultMaxMemoryBytes = 2 << 30

// memorySampleInterval is how often the guard reads the heap size. A rule
// is stopped about one interval after the heap passes the limit.
const memorySampleInterval = 50 * time.Millisecond

// heapMetric is the runtime/metrics name of the bytes held by heap objects,
// live or dead but not yet swept. Reading it does not stop the world, unlike
// runtime.ReadMemStats.
const heapMetric = "/memory/classes/heap/objects:bytes"

// errMemoryLimit is the cancellation cause of the evaluations that the
// memory guard stops.
var errMemoryLimit = errors.New("heap passed limits.max_memory_bytes")

// memoryGuard cancels the rule evaluations in progress when the Go heap
// grows past limit. It samples the heap only while at least one evaluation
// is tracked.
//
// The heap metric also counts garbage, which by default the collector lets
// grow to the size of the live heap before it runs. So that garbage alone
// does not pass the limit, the guard lowers the Go soft memory limit
// (debug.SetMemoryLimit) to its own limit while it samples. The collector
// then runs often enough to keep the heap under it, and only a heap that is
// live, or that grows faster than the collector frees it, passes the limit.
// The previous soft limit, such as one set by GOMEMLIMIT, is kept when it is
// lower and restored when the last evaluation ends.
//
// NOTE: the soft limit is global to the process, so two engines evaluating
// at the same time may restore each other's value, leaving a lower soft
// limit in place. The soc2lint commands run one engine at a time.
//
// NOTE: the Go runtime does not attribute allocations to goroutines, so
// every rule running when the heap passes the limit is stopped, including
// rules that run alongside the one that allocates.
type memoryGuard struct {
	limit uint64

	mu      sync.Mutex
	running map[uint64]*trackedEvaluation
	nextID  uint64
	stop    chan struct{}

	// softLimit is the soft memory limit before the guard lowered it.
	softLimit int64
}

// trackedEvaluation is one rule evaluation under the guard.
type trackedEvaluation struct {
	cancel    context.CancelCauseFunc
	cancelled bool
}

// newMemoryGuard returns a guard for limit bytes; zero or less means
// DefaultMaxMemoryBytes.
func newMemoryGuard(limit int64) *memoryGuard {
	if limit <= 0 {
		limit = DefaultMaxMemoryBytes
	}
	return &memoryGuard{limit: uint64(limit), running: map[uint64]*trackedEvaluation{}}
}

// track returns a context that the guard cancels with errMemoryLimit when
// the heap passes the limit, and the function that ends the tracking, which
// the caller must call when the evaluation ends. The first tracked
// evaluation starts the sampler, and the last one to end stops it.
func (g *memoryGuard) track(ctx context.Context) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(ctx)

	g.mu.Lock()
	id := g.nextID
	g.nextID++
	g.running[id] = &trackedEvaluation{cancel: cancel}
	if len(g.running) == 1 {
		g.softLimit = debug.SetMemoryLimit(-1)
		debug.SetMemoryLimit(min(g.softLimit, int64(g.limit)))
		g.stop = make(chan struct{})
		go g.sample(g.stop)
	}
	g.mu.Unlock()

	release := func() {
		g.mu.Lock()
		delete(g.running, id)
		if len(g.running) == 0 {
			close(g.stop)
			g.stop = nil
			debug.SetMemoryLimit(g.softLimit)
		}
		g.mu.Unlock()

		cancel(nil)
	}
	return ctx, release
}

// sample reads the heap size every memorySampleInterval until stop is
// closed, and cancels the tracked evaluations when it passes the limit.
func (g *memoryGuard) sample(stop <-chan struct{}) {
	ticker := time.NewTicker(memorySampleInterval)
	defer ticker.Stop()

	collect := false

	for {
		select {
		case <-stop:
			return
		case <-ticker.C:
		}

		// Evaluations cancelled earlier may still hold their memory until
		// they return. Once they have, a forced collection frees it before
		// new evaluations are judged.
		if g.cancelledRunning() {
			collect = true
			continue
		}
		if collect {
			runtime.GC()
			collect = false
		}

		if heapBytes() > g.limit {
			g.cancelAll()
		}
	}
}

// cancelledRunning reports whether an evaluation that the guard cancelled
// has not returned yet.
func (g *memoryGuard) cancelledRunning() bool {
	g.mu.Lock()
	defer g.mu.Unlock()

	for _, evaluation := range g.running {
		if evaluation.cancelled {
			return true
		}
	}
	return false
}

// cancelAll cancels every tracked evaluation with errMemoryLimit.
func (g *memoryGuard) cancelAll() {
	g.mu.Lock()
	defer g.mu.Unlock()

	for _, evaluation := range g.running {
		evaluation.cancelled = true
		evaluation.cancel(errMemoryLimit)
	}
}

// heapBytes returns the bytes held by heap objects.
func heapBytes() uint64 {
	sample := []metrics.Sample{{Name: heapMetric}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return sample[0].Value.Uint64()
}

// formatBytes writes n in GiB or MiB when it is a whole number of them.
func formatBytes(n uint64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}
