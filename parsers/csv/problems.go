package csv

import (
	"fmt"

	"github.com/soc2lint/soc2lint/model"
)

// maxProblemsPerKind bounds how many problems of one kind a file reports, so
// that a million ragged rows give a handful of findings and a count.
const maxProblemsPerKind = 10

// problemKind groups problems for the per-kind bound.
type problemKind string

const (
	kindShortRow     problemKind = "short row"
	kindLongRow      problemKind = "long row"
	kindUnterminated problemKind = "unterminated quote"
)

// problems collects the problems of one file, keeping the first
// maxProblemsPerKind of each kind and counting the rest.
type problems struct {
	list    []model.Problem
	counts  map[problemKind]int
	omitted []problemKind
}

func (p *problems) add(kind problemKind, severity string, loc model.Location, format string, args ...any) {
	if p.counts == nil {
		p.counts = map[problemKind]int{}
	}

	p.counts[kind]++
	switch n := p.counts[kind]; {
	case n <= maxProblemsPerKind:
		p.list = append(p.list, model.Problem{Severity: severity, Message: fmt.Sprintf(format, args...), Location: loc})
	case n == maxProblemsPerKind+1:
		p.omitted = append(p.omitted, kind)
	}
}

// result returns the problems followed by one summary per kind that went
// over the bound.
func (p *problems) result() []model.Problem {
	out := append([]model.Problem{}, p.list...)
	for _, kind := range p.omitted {
		out = append(out, model.Problem{
			Severity: "info",
			Message:  fmt.Sprintf("%d more problems of kind %q are not listed", p.counts[kind]-maxProblemsPerKind, kind),
		})
	}
	return out
}
