package evidence_test

import (
	"context"
	"testing"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/lint"
	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/rules"
)

// newEngine compiles the built-in rules with a run context for as_of and
// derives the facts from policies (none when nil).
func newEngine(tb testing.TB, asOf string, policies []*model.Document) *engine.Engine {
	tb.Helper()

	modules, err := rules.Modules(false)
	if err != nil {
		tb.Fatal(err)
	}
	eng, err := engine.New(context.Background(), engine.Options{
		Modules: modules,
		Run: map[string]any{
			"as_of": asOf,
			"scope": map[string]any{"categories": []string{"security", "availability"}, "period": map[string]any{"start": "", "end": ""}},
		},
		Criteria:   lint.CriteriaData(),
		Categories: []string{"security", "availability"},
	})
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := eng.Evaluate(context.Background(), policies); err != nil {
		tb.Fatal(err)
	}
	return eng
}
