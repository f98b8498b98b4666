package evidence

import (
	"sort"
	"time"

	"github.com/soc2lint/soc2lint/model"
)

// Summary is the compact projection of all rows of an export that the
// set-level checks read: which days have records, and how long
// deprovisioning took. Its size grows with the number of distinct days, not
// with the number of rows.
type Summary struct {
	typ      string
	rows     int
	location model.Location
	dates    map[string]map[string]bool
	passed   map[string]bool
	delays   map[int]int
	people   people
}

// NewSummary returns an empty summary for an export of type typ whose
// header is at loc.
func NewSummary(typ string, loc model.Location) *Summary {
	return &Summary{typ: typ, location: loc, dates: map[string]map[string]bool{}, passed: map[string]bool{}, delays: map[int]int{}}
}

// Add folds one record into the summary.
func (s *Summary) Add(record model.Record) {
	s.rows++

	spec, _ := Lookup(s.typ)
	for _, field := range spec.Fields {
		if field.Kind != KindDate {
			continue
		}
		value, ok := record.Fields[field.Name].(string)
		if !ok || len(value) < len("2006-01-02") {
			continue
		}
		if s.dates[field.Name] == nil {
			s.dates[field.Name] = map[string]bool{}
		}
		s.dates[field.Name][value[:10]] = true
	}

	switch s.typ {
	case TypeBackupRestore:
		day, ok := record.Fields["test_date"].(string)
		if result, _ := record.Fields["result"].(string); ok && result != "fail" && len(day) >= 10 {
			s.passed[day[:10]] = true
		}
	case TypeTraining:
		s.people.add(record)
	case TypeTermination:
		if delay, ok := dayDelay(record.Fields["termination_date"], record.Fields["deactivated_at"]); ok {
			s.delays[delay]++
		}
	}
}

// Value returns the summary as Rego input. It has rows, location, dates
// (field → sorted distinct days), passed (sorted days with a test that did
// not fail) and delays ([days, count] pairs sorted by days). For training it
// also has people, one record-like object per person.
func (s *Summary) Value() map[string]any {
	dates := map[string]any{}
	for field, days := range s.dates {
		dates[field] = sortedDays(days)
	}

	delays := make([]any, 0, len(s.delays))
	keys := make([]int, 0, len(s.delays))
	for days := range s.delays {
		keys = append(keys, days)
	}
	sort.Ints(keys)
	for _, days := range keys {
		delays = append(delays, []any{days, s.delays[days]})
	}

	return map[string]any{
		"rows":     s.rows,
		"location": locationValue(s.location),
		"dates":    dates,
		"passed":   sortedDays(s.passed),
		"delays":   delays,
		"people":   s.people.value(),
	}
}

func sortedDays(days map[string]bool) []any {
	keys := make([]string, 0, len(days))
	for day := range days {
		keys = append(keys, day)
	}
	sort.Strings(keys)
	out := make([]any, len(keys))
	for i, day := range keys {
		out[i] = day
	}
	return out
}

// dayDelay returns the whole calendar days from one typed date to another.
func dayDelay(from, to any) (int, bool) {
	start, ok1 := from.(string)
	end, ok2 := to.(string)
	if !ok1 || !ok2 || len(start) < 10 || len(end) < 10 {
		return 0, false
	}
	a, err1 := time.Parse("2006-01-02", start[:10])
	b, err2 := time.Parse("2006-01-02", end[:10])
	if err1 != nil || err2 != nil {
		return 0, false
	}
	return int(b.Sub(a).Hours() / 24), true
}

// locationValue returns the non-zero fields of loc as a Rego object.
func locationValue(loc model.Location) map[string]any {
	out := map[string]any{}
	if loc.Line > 0 {
		out["line"] = loc.Line
	}
	if loc.Page > 0 {
		out["page"] = loc.Page
	}
	if loc.Sheet != "" {
		out["sheet"] = loc.Sheet
	}
	if loc.Cell != "" {
		out["cell"] = loc.Cell
	}
	return out
}
