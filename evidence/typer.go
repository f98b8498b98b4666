package evidence

import (
	"fmt"
	"strings"

	"github.com/soc2lint/soc2lint/dates"
	"github.com/soc2lint/soc2lint/model"
)

// RuleInvalidValue is the rule id of problems about cells that cannot be
// typed, such as a date column holding "next week".
const RuleInvalidValue = "evidence-invalid-value"

// maxValueProblems bounds the problems reported for invalid cells of one
// export; the last one counts the rest.
const maxValueProblems = 10

// Typer converts the rows of a recognized table to records.
type Typer struct {
	spec    Spec
	rec     Recognition
	order   dates.Order
	invalid int
	first   []model.Problem
}

// NewTyper returns a Typer for tables recognized as rec.
func NewTyper(rec Recognition, order dates.Order) (*Typer, error) {
	spec, ok := Lookup(rec.Type)
	if !ok {
		return nil, fmt.Errorf("unknown evidence type %q", rec.Type)
	}
	return &Typer{spec: spec, rec: rec, order: order}, nil
}

// Record types one row. Empty cells and cells that cannot be typed leave the
// field out; the latter are also counted for Problems.
func (t *Typer) Record(cells []string, loc model.Location) model.Record {
	fields := make(map[string]any, len(t.rec.Index))
	for name, index := range t.rec.Index {
		if index >= len(cells) || strings.TrimSpace(cells[index]) == "" {
			continue
		}
		field, _ := t.spec.field(name)
		value, err := typeValue(field.Kind, cells[index], t.order)
		if err != nil {
			t.invalid++
			if len(t.first) < maxValueProblems {
				t.first = append(t.first, model.Problem{
					Rule:     RuleInvalidValue,
					Severity: "warning",
					Message:  fmt.Sprintf("column %q: %v; the row is checked as if the cell were empty", t.rec.Columns[name], err),
					Location: loc,
				})
			}
			continue
		}
		fields[name] = value
	}
	return model.Record{Fields: fields, Location: loc}
}

// Problems returns the first invalid cells found and, when there were more,
// a problem that counts them.
func (t *Typer) Problems() []model.Problem {
	problems := append([]model.Problem(nil), t.first...)
	if t.invalid > len(t.first) {
		problems = append(problems, model.Problem{
			Rule:     RuleInvalidValue,
			Severity: "warning",
			Message:  fmt.Sprintf("%d more cells could not be typed; only the first %d are listed", t.invalid-len(t.first), len(t.first)),
		})
	}
	return problems
}
