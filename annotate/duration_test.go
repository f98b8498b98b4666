package annotate

import (
	"reflect"
	"testing"

	"github.com/soc2lint/soc2lint/model"
)

func TestDurations(t *testing.T) {
	t.Parallel()

	tests := []struct {
		name string
		in   string
		want []model.Duration
	}{
		// English.
		{"within 24 hours", "Report incidents within 24 hours.", []model.Duration{du("within 24 hours", 24)}},
		{"bare 72 hours", "Notify the customer in no case after 72 hours.", []model.Duration{du("after 72 hours", 72)}},
		{"bare number", "A 72 hour window applies.", []model.Duration{du("72 hour", 72)}},
		{"hyphenated", "A 24-hour window applies.", []model.Duration{du("24-hour", 24)}},
		{"no later than", "Revoke no later than 2 days after exit.", []model.Duration{du("no later than 2 days", 48)}},
		{"business days", "Respond within 3 business days.", []model.Duration{du("within 3 business days", 72)}},
		{"working days", "Respond within five working days.", []model.Duration{du("within five working days", 120)}},
		{"one business day", "Revoke within one business day.", []model.Duration{du("within one business day", 24)}},
		{"article after lead", "Restore within a day.", []model.Duration{du("within a day", 24)}},
		{"weeks", "Close within two weeks.", []model.Duration{du("within two weeks", 336)}},
		{"months", "Remediate within 3 months.", []model.Duration{du("within 3 months", 2190)}},
		{"minutes", "Page on-call within 15 minutes.", []model.Duration{du("within 15 minutes", 0.25)}},
		{"up to", "Keep drafts up to 30 days.", []model.Duration{du("up to 30 days", 720)}},
		{"at most", "Lock after at most 10 minutes.", []model.Duration{du("at most 10 minutes", 10.0/60)}},
		{"in under", "Restore in under 4 hours.", []model.Duration{du("in under 4 hours", 4)}},
		{"thirty in words", "Patch within thirty days.", []model.Duration{du("within thirty days", 720)}},
		{"twenty-four in words", "Notify within twenty-four hours.", []model.Duration{du("within twenty-four hours", 24)}},
		{"end of next business day", "Revoke by the end of the next business day.", []model.Duration{du("by the end of the next business day", 24)}},
		{"end of next working day", "Revoke by the end of the next working day.", []model.Duration{du("by the end of the next working day", 24)}},
		{"twelve months equal a year", "Keep logs for 12 months.", []model.Duration{du("for 12 months", 8760)}},
		{"no later than end of next working day", "Disable accounts no later than the end of the next working day.", []model.Duration{du("no later than the end of the next working day", 24)}},
		{"by end of day", "Escalate by the end of the day.", []model.Duration{du("by the end of the day", 24)}},
		{"same day", "Access is removed the same day.", []model.Duration{du("same day", 24)}},
		{"same business day", "Removed on the same business day.", []model.Duration{du("same business day", 24)}},
		{"immediately", "Access is revoked immediately.", []model.Duration{du("immediately", 0)}},
		{"upon termination", "Accounts are disabled upon termination.", []model.Duration{du("upon termination", 0)}},
		{"two durations", "Triage within 4 hours and fix within 30 days.", []model.Duration{du("within 4 hours", 4), du("within 30 days", 720)}},
		{"repeated phrase once", "Within 24 hours, then again within 24 hours.", []model.Duration{du("within 24 hours", 24)}},
		{"decimal", "Restore within 1.5 hours.", []model.Duration{du("within 1.5 hours", 1.5)}},
		// Negatives.
		{"every 90 days is a frequency", "Rotate keys every 90 days.", []model.Duration{}},
		{"once a day", "Backups run once a day.", []model.Duration{}},
		{"immediate supervisor", "Tell your immediate supervisor.", []model.Duration{}},
		{"no duration", "Access is reviewed quarterly.", []model.Duration{}},
		{"empty", "", []model.Duration{}},
		// Spanish.
		{"dentro de las 24 horas", "Notificar dentro de las 24 horas.", []model.Duration{du("dentro de las 24 horas", 24)}},
		{"en un plazo de dias habiles", "Responder en un plazo de 5 días hábiles.", []model.Duration{du("en un plazo de 5 dias habiles", 120)}},
		{"a mas tardar", "Revocar a más tardar 2 días después.", []model.Duration{du("a mas tardar 2 dias", 48)}},
		{"bare dias habiles", "Se resuelve en 3 días hábiles.", []model.Duration{du("en 3 dias habiles", 72)}},
		{"bare dias habiles without lead", "Plazo: 10 días hábiles.", []model.Duration{du("10 dias habiles", 240)}},
		{"spanish words", "Notificar dentro de las veinticuatro horas.", []model.Duration{du("dentro de las veinticuatro horas", 24)}},
		{"treinta dias", "Corregir en un plazo de treinta días.", []model.Duration{du("en un plazo de treinta dias", 720)}},
		{"el mismo dia", "Se revoca el mismo día.", []model.Duration{du("el mismo dia", 24)}},
		{"inmediatamente", "Se revoca inmediatamente.", []model.Duration{du("inmediatamente", 0)}},
		{"de inmediato", "Se notifica de inmediato.", []model.Duration{du("de inmediato", 0)}},
		{"antes del final del siguiente dia habil", "Revocar antes del final del siguiente día hábil.", []model.Duration{du("antes del final del siguiente dia habil", 24)}},
		{"24 h", "Responder en 24 h.", []model.Duration{du("en 24 h", 24)}},
		{"cada 90 dias is a frequency", "Rotar claves cada 90 días.", []model.Duration{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := Durations(Normalize(tt.in)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Durations(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func du(phrase string, hours float64) model.Duration {
	return model.Duration{Phrase: phrase, Hours: hours}
}
