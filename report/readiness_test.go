package report

import (
	"testing"
)

func TestScoreValue(t *testing.T) {
	t.Parallel()

	tests := []struct {
		name    string
		score   Score
		value   float64
		percent int
		band    string
	}{
		{name: "all met", score: Score{Met: 4}, value: 1, percent: 100, band: BandReady},
		{name: "all missing", score: Score{Missing: 3}, value: 0, percent: 0, band: BandNotReady},
		{name: "all partial", score: Score{Partial: 2}, value: 0.5, percent: 50, band: BandGaps},
		{name: "mixed", score: Score{Met: 10, Partial: 5, Missing: 18}, value: 12.5 / 33, percent: 38, band: BandNotReady},
		{name: "rounds half up", score: Score{Met: 1, Partial: 1, Missing: 6}, value: 1.5 / 8, percent: 19, band: BandNotReady},
		{name: "just ready", score: Score{Met: 4, Missing: 1}, value: 0.8, percent: 80, band: BandReady},
		{name: "just below ready", score: Score{Met: 79, Missing: 21}, value: 0.79, percent: 79, band: BandGaps},
		{name: "just below gaps", score: Score{Met: 49, Missing: 51}, value: 0.49, percent: 49, band: BandNotReady},
		{name: "no criteria", score: Score{}, value: 0, percent: 0, band: BandNotReady},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.score.Value(); got < tt.value-1e-9 || got > tt.value+1e-9 {
				t.Errorf("Value() = %v, want %v", got, tt.value)
			}
			if got := tt.score.Percent(); got != tt.percent {
				t.Errorf("Percent() = %d, want %d", got, tt.percent)
			}
			if got := tt.score.Band(); got != tt.band {
				t.Errorf("Band() = %q, want %q", got, tt.band)
			}
		})
	}
}

func TestComputeReadiness(t *testing.T) {
	t.Parallel()

	r := &Report{
		Scope: Scope{Categories: []string{"security", "availability"}},
		Coverage: []Coverage{
			{Criterion: "CC1.1", Category: "security", Status: StatusMet, Findings: 1},
			{Criterion: "CC1.2", Category: "security", Status: StatusPartial, Findings: 2},
			{Criterion: "CC1.3", Category: "security", Status: StatusMissing},
			{Criterion: "CC1.4", Category: "security", Status: StatusMet},
			{Criterion: "A1.1", Category: "availability", Status: StatusMissing},
			{Criterion: "A1.2", Category: "availability", Status: StatusPartial, Findings: 1},
			// Out of scope: neither counts.
			{Criterion: "C1.1", Category: "confidentiality", Status: StatusMet},
			{Criterion: "P1.1", Category: "privacy", Status: StatusNotApplicable},
		},
	}

	got := ComputeReadiness(r)

	if len(got.Categories) != 2 {
		t.Fatalf("categories = %d, want 2 (security, availability): %+v", len(got.Categories), got.Categories)
	}

	security := got.Categories[0]
	if security.Category != "security" || security.Met != 2 || security.Partial != 1 || security.Missing != 1 || security.Findings != 3 {
		t.Errorf("security = %+v, want 2 met, 1 partial, 1 missing, 3 findings", security)
	}
	if security.Percent() != 63 { // (2 + 0.5) / 4 = 62.5 %
		t.Errorf("security percent = %d, want 63", security.Percent())
	}

	availability := got.Categories[1]
	if availability.Category != "availability" || availability.Percent() != 25 { // 0.5 / 2
		t.Errorf("availability = %+v (%d%%), want 25%%", availability, availability.Percent())
	}

	// Overall weighs each criterion once: (2 + 0.5 + 0.5) / 6 = 50 %, not
	// the mean of the two category scores (43.75 %).
	if got.Overall.Criteria() != 6 || got.Overall.Percent() != 50 {
		t.Errorf("overall = %+v (%d%%), want 6 criteria at 50%%", got.Overall, got.Overall.Percent())
	}
	if got.Overall.Findings != 4 {
		t.Errorf("overall findings = %d, want 4", got.Overall.Findings)
	}
}

func TestComputeReadinessCategoryOrder(t *testing.T) {
	t.Parallel()

	r := &Report{
		Scope: Scope{Categories: []string{"security", "confidentiality", "security"}},
		Coverage: []Coverage{
			{Criterion: "C1.1", Category: "confidentiality", Status: StatusMet},
			{Criterion: "CC1.1", Category: "security", Status: StatusMet},
		},
	}

	got := ComputeReadiness(r)

	if len(got.Categories) != 2 {
		t.Fatalf("categories = %+v, want security then confidentiality, each once", got.Categories)
	}
	if got.Categories[0].Category != "security" || got.Categories[1].Category != "confidentiality" {
		t.Errorf("order = %s, %s, want the scope's order", got.Categories[0].Category, got.Categories[1].Category)
	}
	if got.Overall.Criteria() != 2 {
		t.Errorf("overall criteria = %d, want 2", got.Overall.Criteria())
	}
}

func TestComputeReadinessEmpty(t *testing.T) {
	t.Parallel()

	got := ComputeReadiness(&Report{Scope: Scope{Categories: []string{"security"}}})

	if len(got.Categories) != 0 || got.Overall.Criteria() != 0 {
		t.Errorf("readiness of an empty report = %+v, want no categories and no criteria", got)
	}
}
