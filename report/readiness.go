package report

import (
	"math"
	"slices"
)

// Weights of the coverage statuses in the readiness score. A criterion with
// an error or warning finding against it is partial (see Coverage), so the
// findings enter the score through the status.
const (
	weightMet     = 1.0
	weightPartial = 0.5
	weightMissing = 0.0
)

// Readiness bands, in whole percent: a score at or above bandReady is "mostly
// ready", at or above bandGaps "gaps to close", and below it "not ready".
const (
	bandReady = 80
	bandGaps  = 50
)

// Band names, used as label keys ("band.ready").
const (
	BandReady    = "ready"
	BandGaps     = "gaps"
	BandNotReady = "not_ready"
)

// Score is the readiness of a set of in-scope criteria: one category, or all
// of them.
type Score struct {
	// Category is the category id, or "" for the overall score.
	Category string

	Met, Partial, Missing int

	// Findings counts the findings against the criteria, of any severity.
	Findings int
}

// Criteria returns the number of criteria the score averages over.
func (s Score) Criteria() int {
	return s.Met + s.Partial + s.Missing
}

// Value returns the score from 0 to 1: the mean of the criteria's weights,
// or 0 when there are no criteria.
func (s Score) Value() float64 {
	n := s.Criteria()
	if n == 0 {
		return 0
	}
	sum := weightMet*float64(s.Met) + weightPartial*float64(s.Partial) + weightMissing*float64(s.Missing)
	return sum / float64(n)
}

// Percent returns Value as a whole percentage, rounded half away from zero.
func (s Score) Percent() int {
	return int(math.Round(s.Value() * 100))
}

// Band returns BandReady, BandGaps or BandNotReady for the rounded percent.
func (s Score) Band() string {
	switch p := s.Percent(); {
	case p >= bandReady:
		return BandReady
	case p >= bandGaps:
		return BandGaps
	}
	return BandNotReady
}

// ReadinessScores holds the score of each in-scope category and the overall score.
type ReadinessScores struct {
	// Categories follow the order of Scope.Categories; a category with no
	// criteria in Coverage is left out.
	Categories []Score

	// Overall averages over every in-scope criterion, so a category weighs
	// in proportion to its number of criteria.
	Overall Score
}

// ComputeReadiness scores r from its coverage. Criteria whose status is
// not_applicable, or whose category is not in r.Scope.Categories, do not
// count.
func ComputeReadiness(r *Report) ReadinessScores {
	byCategory := map[string]*Score{}
	for _, c := range r.Coverage {
		if c.Status == StatusNotApplicable || !slices.Contains(r.Scope.Categories, c.Category) {
			continue
		}

		s := byCategory[c.Category]
		if s == nil {
			s = &Score{Category: c.Category}
			byCategory[c.Category] = s
		}
		s.add(c)
	}

	var out ReadinessScores
	for _, category := range r.Scope.Categories {
		s := byCategory[category]
		if s == nil {
			continue
		}
		delete(byCategory, category) // a category listed twice counts once
		out.Categories = append(out.Categories, *s)

		out.Overall.Met += s.Met
		out.Overall.Partial += s.Partial
		out.Overall.Missing += s.Missing
		out.Overall.Findings += s.Findings
	}
	return out
}

// add counts one criterion's status and findings.
func (s *Score) add(c Coverage) {
	switch c.Status {
	case StatusMet:
		s.Met++
	case StatusPartial:
		s.Partial++
	case StatusMissing:
		s.Missing++
	}
	s.Findings += c.Findings
}
