package engine

import (
	"sync"
)

// stopReason is the cause that ended a rule evaluation before its result was known.
type stopReason int

const (
	// stopNone is an evaluation that finished, or failed with a rule error.
	stopNone stopReason = iota

	// stopTimeout is an evaluation that ran out of time.
	stopTimeout

	// stopMemory is an evaluation that the memory guard cancelled.
	stopMemory
)

// breaker records the rules that ran out of time or memory during a run so
// that they are not evaluated again. A rule that timed out on one document
// would most likely time out on the others too, and each attempt costs the
// whole timeout. Evaluate resets it, and EvaluateUnder reads and extends it.
type breaker struct {
	mu sync.Mutex

	// trips maps a rule id to the trip on the file that sorts first, so
	// that the message of a skipped rule does not depend on the order in
	// which parallel workers finish.
	trips map[string]trip

	// reported contains the rule id and file pairs that already have a
	// rule-skipped finding.
	reported map[skipKey]bool
}

// trip is the file on which a rule stopped, and why.
type trip struct {
	file   string
	reason stopReason
}

type skipKey struct {
	rule string
	file string
}

// reset clears every trip, for a new run.
func (b *breaker) reset() {
	b.mu.Lock()
	defer b.mu.Unlock()

	b.trips = map[string]trip{}
	b.reported = map[skipKey]bool{}
}

// record stores that rule stopped on file for reason. Of several trips of
// one rule, the one on the file that sorts first is kept.
func (b *breaker) record(rule, file string, reason stopReason) {
	b.mu.Lock()
	defer b.mu.Unlock()

	if b.trips == nil {
		b.trips = map[string]trip{}
	}
	if old, ok := b.trips[rule]; ok && old.file <= file {
		return
	}
	b.trips[rule] = trip{file: file, reason: reason}
}

// tripped returns the trip of rule, if it has one.
func (b *breaker) tripped(rule string) (trip, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()

	t, ok := b.trips[rule]
	return t, ok
}

// markReported records that rule has a rule-skipped finding on file, and
// reports whether it is the first for that pair.
func (b *breaker) markReported(rule, file string) bool {
	b.mu.Lock()
	defer b.mu.Unlock()

	if b.reported == nil {
		b.reported = map[skipKey]bool{}
	}
	key := skipKey{rule: rule, file: file}
	if b.reported[key] {
		return false
	}
	b.reported[key] = true
	return true
}
