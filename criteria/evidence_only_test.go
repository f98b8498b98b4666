package criteria

import (
	"strings"
	"testing"
)

// TestEvidenceOnlyHaveNotes checks that every criterion marked evidence-only
// has a note, in both languages, on what the auditor tests instead.
func TestEvidenceOnlyHaveNotes(t *testing.T) {
	marked := 0
	for _, c := range All() {
		if !c.EvidenceOnly {
			continue
		}
		marked++
		if c.EvidenceNote == "" || c.EvidenceNoteES == "" {
			t.Errorf("%s: evidence_only without evidence_note and evidence_note_es", c.ID)
		}
	}
	if marked == 0 {
		t.Error("no criterion is marked evidence_only")
	}
}

// TestEvidenceOnlyWithoutNoteRejected loads a catalog entry marked
// evidence-only with no note and expects the loader to name the criterion.
func TestEvidenceOnlyWithoutNoteRejected(t *testing.T) {
	raw := rawCriterion{
		ID: "CC5.2", Series: "CC5", Category: CategorySecurity,
		Title: "t", TitleES: "t", Summary: "s", SummaryES: "s",
		Evidence: []string{"e"}, EvidenceES: []string{"e"},
		EvidenceOnly: true,
	}

	err := checkCriterion(raw)
	if err == nil || !strings.Contains(err.Error(), "CC5.2") || !strings.Contains(err.Error(), "evidence_note") {
		t.Fatalf("checkCriterion() = %v, want an error naming CC5.2 and evidence_note", err)
	}

}
