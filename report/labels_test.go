package report

import (
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/criteria"
	"github.com/soc2lint/soc2lint/finding"
	"github.com/soc2lint/soc2lint/model"
)

func TestLabelsComplete(t *testing.T) {
	t.Parallel()

	english := readinessLabels["en"]
	for lang, entries := range readinessLabels {
		for key := range english {
			if strings.TrimSpace(entries[key]) == "" {
				t.Errorf("label %q has no %s value", key, lang)
			}
		}
		for key := range entries {
			if _, ok := english[key]; !ok {
				t.Errorf("label %q exists in %s but not in en", key, lang)
			}
		}
	}
	if _, ok := readinessLabels["es"]; !ok {
		t.Fatal("no Spanish labels")
	}
}

// TestLabelsForData checks the keys the view builds from data values.
func TestLabelsForData(t *testing.T) {
	t.Parallel()

	var keys []string
	for _, category := range criteria.Categories() {
		keys = append(keys, "category."+category)
	}
	for _, status := range []string{StatusMet, StatusPartial, StatusMissing, StatusNotApplicable} {
		keys = append(keys, "status."+status)
	}
	for _, severity := range []string{finding.SeverityError, finding.SeverityWarning, finding.SeverityInfo} {
		keys = append(keys, "severity."+severity)
	}
	for _, kind := range []string{model.KindPolicy, model.KindProcedure, model.KindPlan, model.KindStandard, model.KindEvidence, model.KindOther, "unread"} {
		keys = append(keys, "kind."+kind)
	}
	for _, lang := range []string{model.LangEnglish, model.LangSpanish, "unknown"} {
		keys = append(keys, "language."+lang)
	}
	for _, band := range []string{BandReady, BandGaps, BandNotReady} {
		keys = append(keys, "band."+band)
	}
	keys = append(keys, "audit.type1", "audit.type2")

	for lang := range readinessLabels {
		cat := newCatalog(lang)
		for _, key := range keys {
			if _, err := cat.text(key); err != nil {
				t.Errorf("%s: %v", lang, err)
			}
		}
	}
}

func TestCatalogFallsBackToEnglish(t *testing.T) {
	t.Parallel()

	cat := newCatalog("fr")

	if cat.lang != "en" {
		t.Errorf("catalog for fr uses %q, want en", cat.lang)
	}
	if _, err := cat.text("no.such.key"); err == nil {
		t.Error("undefined key gave no error")
	}
	if got := cat.label("category.unknown_category"); got != "category.unknown_category" {
		t.Errorf("label of undefined key = %q, want the key", got)
	}
}
