// Package problems holds a collector that caps how many problems of one kind
// a file reports, for parsers that meet the same defect on many rows.
package problems

import (
	"fmt"

	"github.com/soc2lint/soc2lint/model"
)

// MaxPerKind bounds how many problems of one kind a file reports, so that a
// million ragged rows or uncached formulas give a handful of findings and a
// count.
const MaxPerKind = 10

// Kind groups problems for the per-kind bound. Its text names the kind in
// the summary of the omitted problems.
type Kind string

// Collector collects the problems of one file, keeping the first MaxPerKind
// of each kind and counting the rest. The zero value is ready to use.
type Collector struct {
	list    []model.Problem
	counts  map[Kind]int
	omitted []Kind
}

// Add records a problem of kind whose message is format filled with args.
func (p *Collector) Add(kind Kind, severity string, loc model.Location, format string, args ...any) {
	if p.counts == nil {
		p.counts = map[Kind]int{}
	}

	p.counts[kind]++
	switch n := p.counts[kind]; {
	case n <= MaxPerKind:
		p.list = append(p.list, model.Problem{Severity: severity, Message: fmt.Sprintf(format, args...), Location: loc})
	case n == MaxPerKind+1:
		p.omitted = append(p.omitted, kind)
	}
}

// Result returns the problems followed by one summary per kind that went
// over the bound.
func (p *Collector) Result() []model.Problem {
	out := append([]model.Problem{}, p.list...)
	for _, kind := range p.omitted {
		out = append(out, model.Problem{
			Severity: "info",
			Message:  fmt.Sprintf("%d more problems of kind %q are not listed", p.counts[kind]-MaxPerKind, kind),
		})
	}
	return out
}
