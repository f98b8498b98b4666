package evidence

import (
	"math/rand/v2"
	"slices"
	"time"
)

// Guidance is the sample size range commonly used when testing a control of
// one frequency over a Type II period.
type Guidance struct {
	// Frequency names how often the control operates.
	Frequency string

	// MinDays is the shortest average interval between occurrences, in
	// days, that counts as this frequency.
	MinDays float64

	// Low and High bound the usual sample size.
	Low, High int
}

// SampleGuidance is the sample size table widely published in audit
// guidance in the style of the AICPA audit guide for SOC 2 examinations and
// in the audit firms' methodologies derived from it: annual 1, quarterly 2,
// monthly 2–5, weekly 5–15, daily 20–40, many times a day 25–60. It is
// guidance, not a rule: the service auditor sets the sample from the risk of
// the control, and the low end fits a control with a low risk of failure.
// Rows are ordered from the rarest control to the most frequent.
var SampleGuidance = []Guidance{
	{Frequency: "annual", MinDays: 181, Low: 1, High: 1},
	{Frequency: "quarterly", MinDays: 60, Low: 2, High: 2},
	{Frequency: "monthly", MinDays: 20, Low: 2, High: 5},
	{Frequency: "weekly", MinDays: 4, Low: 5, High: 15},
	{Frequency: "daily", MinDays: 0.5, Low: 20, High: 40},
	{Frequency: "many times a day", MinDays: 0, Low: 25, High: 60},
}

// GuidanceFor returns the guidance row for a control that occurred
// occurrences times in periodDays days: the average interval between
// occurrences picks the frequency.
func GuidanceFor(occurrences, periodDays int) Guidance {
	if occurrences <= 0 || periodDays <= 0 {
		return SampleGuidance[0]
	}
	interval := float64(periodDays) / float64(occurrences)
	for _, g := range SampleGuidance {
		if interval >= g.MinDays {
			return g
		}
	}
	return SampleGuidance[len(SampleGuidance)-1]
}

// SampleSize is the low end of the guidance range, and never more than the
// population.
func SampleSize(g Guidance, population int) int {
	return min(g.Low, population)
}

// Occurrences counts how many times the control behind an export operated.
// For types whose rows come in campaigns (an access review of 500 accounts
// over three days is one review), it counts the runs of sorted days that are
// at most 14 days apart; for the others it counts rows.
func Occurrences(typ string, rows int, sortedDays []string) int {
	if typ != TypeAccessReview && typ != TypeBackupRestore {
		return rows
	}
	runs := 0
	var previous time.Time
	for i, day := range sortedDays {
		t, err := time.Parse("2006-01-02", day)
		if err != nil {
			continue
		}
		if i == 0 || t.Sub(previous) > 14*24*time.Hour {
			runs++
		}
		previous = t
	}
	return runs
}

// Reservoir draws a uniform random sample of up to Cap items from a stream
// of unknown length (Algorithm R), reproducibly for a given seed.
type Reservoir[T any] struct {
	Cap   int
	seen  int
	items []T
	rng   *rand.Rand
}

// NewReservoir returns an empty reservoir of capacity cap driven by seed.
func NewReservoir[T any](capacity int, seed uint64) *Reservoir[T] {
	return &Reservoir[T]{Cap: capacity, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

// Add offers one item of the stream.
func (r *Reservoir[T]) Add(item T) {
	r.seen++
	if len(r.items) < r.Cap {
		r.items = append(r.items, item)
		return
	}
	if j := r.rng.IntN(r.seen); j < r.Cap {
		r.items[j] = item
	}
}

// Take returns n items drawn uniformly from the reservoir. Taking a uniform
// subset of a uniform sample is itself a uniform sample of the stream, so n
// can be chosen after the population is known.
func (r *Reservoir[T]) Take(n int) []T {
	items := slices.Clone(r.items)
	r.rng.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
	return items[:min(n, len(items))]
}
