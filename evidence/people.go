package evidence

import (
	"sort"

	"github.com/soc2lint/soc2lint/model"
)

// person is the state of one person across all of their training rows.
type person struct {
	label     string
	status    string
	hire      string
	completed string
	dueCourse string
	due       string
	location  model.Location
	order     int
}

// people folds training rows per person, keyed by the case-folded id, else
// email, else name.
//
// TODO: memory grows with the number of distinct people (an estimated 200
// bytes each), unlike the other summaries. A training export of millions of
// people needs a sorted external pass.
type people struct {
	byKey map[string]*person
}

func (p *people) add(record model.Record) {
	label, key := personKey(record.Fields)
	if key == "" {
		return
	}
	if p.byKey == nil {
		p.byKey = map[string]*person{}
	}
	who, ok := p.byKey[key]
	if !ok {
		who = &person{label: label, location: record.Location, order: len(p.byKey)}
		p.byKey[key] = who
	}

	if status, ok := record.Fields["status"].(string); ok {
		who.status = status
	}
	if hire, ok := record.Fields["hire_date"].(string); ok && (who.hire == "" || hire < who.hire) {
		who.hire = hire
	}
	completed, done := record.Fields["completed_on"].(string)
	if done && completed > who.completed {
		who.completed = completed
	}
	if !done {
		due, _ := record.Fields["due_date"].(string)
		course, _ := record.Fields["course"].(string)
		if who.due == "" || due > who.due {
			who.due, who.dueCourse, who.location = due, course, record.Location
		}
	}
}

// value returns the people in first-seen order as Rego input.
func (p *people) value() []any {
	list := make([]*person, 0, len(p.byKey))
	for _, who := range p.byKey {
		list = append(list, who)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].order < list[j].order })

	out := make([]any, len(list))
	for i, who := range list {
		value := locationValue(who.location)
		fields := map[string]any{"person": who.label}
		for key, v := range map[string]string{"status": who.status, "hire_date": who.hire, "completed_on": who.completed, "due_date": who.due, "course": who.dueCourse} {
			if v != "" {
				fields[key] = v
			}
		}
		value["fields"] = fields
		out[i] = value
	}
	return out
}

// personKey returns the label and the comparison key of a training row.
func personKey(fields map[string]any) (string, string) {
	for _, name := range []string{"person_id", "email", "name"} {
		if value, ok := fields[name].(string); ok && value != "" {
			return value, name + ":" + FoldPerson(value)
		}
	}
	return "", ""
}
