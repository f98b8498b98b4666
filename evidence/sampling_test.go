package evidence_test

import (
	"slices"
	"testing"

	"github.com/soc2lint/soc2lint/evidence"
)

func TestGuidanceFor(t *testing.T) {
	t.Parallel()
	cases := map[string][2]int{
		"annual":           {1, 365},
		"quarterly":        {4, 365},
		"monthly":          {12, 365},
		"weekly":           {52, 365},
		"daily":            {260, 365},
		"many times a day": {5000, 365},
	}
	for want, c := range cases {
		if got := evidence.GuidanceFor(c[0], c[1]).Frequency; got != want {
			t.Errorf("%d occurrences in %d days: %s, want %s", c[0], c[1], got, want)
		}
	}
	if n := evidence.SampleSize(evidence.GuidanceFor(260, 365), 12); n != 12 {
		t.Errorf("sample of a 12-row population is %d rows", n)
	}
}

func TestOccurrencesCountCampaigns(t *testing.T) {
	t.Parallel()
	days := []string{"2026-03-02", "2026-03-04", "2026-03-10", "2026-06-15", "2026-09-14", "2026-09-16"}
	if n := evidence.Occurrences(evidence.TypeAccessReview, 900, days); n != 3 {
		t.Errorf("access review campaigns: %d, want 3", n)
	}
	if n := evidence.Occurrences(evidence.TypeChange, 900, days); n != 900 {
		t.Errorf("changes: %d, want the row count", n)
	}
}

func TestReservoirIsReproducible(t *testing.T) {
	t.Parallel()
	draw := func(seed uint64) []int {
		r := evidence.NewReservoir[int](60, seed)
		for i := range 10_000 {
			r.Add(i)
		}
		return r.Take(25)
	}

	first, again, other := draw(42), draw(42), draw(43)
	if !slices.Equal(first, again) {
		t.Error("the same seed drew different rows")
	}
	if slices.Equal(first, other) {
		t.Error("different seeds drew the same rows")
	}
	if len(first) != 25 {
		t.Errorf("drew %d rows, want 25", len(first))
	}
	seen := map[int]bool{}
	for _, v := range first {
		if seen[v] || v < 0 || v >= 10_000 {
			t.Errorf("invalid or repeated row %d", v)
		}
		seen[v] = true
	}
}
