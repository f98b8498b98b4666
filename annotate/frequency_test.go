package annotate

import (
	"reflect"
	"testing"

	"github.com/soc2lint/soc2lint/model"
)

func TestFrequencies(t *testing.T) {
	t.Parallel()

	tests := []struct {
		name string
		in   string
		want []model.Frequency
	}{
		// English named intervals.
		{"daily", "Backups run daily.", []model.Frequency{fr("daily", 1)}},
		{"every day", "Logs are checked every day.", []model.Frequency{fr("every day", 1)}},
		{"weekly", "Scans run weekly.", []model.Frequency{fr("weekly", 7)}},
		{"every two weeks", "Sync every two weeks.", []model.Frequency{fr("every two weeks", 14)}},
		{"biweekly", "A biweekly review.", []model.Frequency{fr("biweekly", 14)}},
		{"fortnightly", "Meet fortnightly.", []model.Frequency{fr("fortnightly", 14)}},
		{"monthly", "Patching happens monthly.", []model.Frequency{fr("monthly", 30)}},
		{"every month", "Reports are sent every month.", []model.Frequency{fr("every month", 30)}},
		{"quarterly", "Access is reviewed quarterly.", []model.Frequency{fr("quarterly", 91)}},
		{"every quarter", "Review every quarter.", []model.Frequency{fr("every quarter", 91)}},
		{"every three months", "Review every three months.", []model.Frequency{fr("every three months", 91)}},
		{"twice a year", "Test twice a year.", []model.Frequency{fr("twice a year", 182)}},
		{"semi-annually", "Test semi-annually.", []model.Frequency{fr("semi-annually", 182)}},
		{"bi-annually", "Test bi-annually.", []model.Frequency{fr("bi-annually", 182)}},
		{"every six months", "Test every six months.", []model.Frequency{fr("every six months", 182)}},
		{"annually", "The policy is reviewed annually.", []model.Frequency{fr("annually", 365)}},
		{"annual review", "An annual review of access.", []model.Frequency{fr("annual", 365)}},
		{"yearly", "A yearly test.", []model.Frequency{fr("yearly", 365)}},
		{"once a year", "Train once a year.", []model.Frequency{fr("once a year", 365)}},
		{"every year", "Renew every year.", []model.Frequency{fr("every year", 365)}},
		{"every twelve months", "Review every twelve months.", []model.Frequency{fr("every twelve months", 365)}},
		{"every 12 months", "Review every 12 months.", []model.Frequency{fr("every 12 months", 365)}},
		{"at least annually", "Reviewed at least annually.", []model.Frequency{fr("at least annually", 365)}},
		{"at least once a year", "Tested at least once a year.", []model.Frequency{fr("at least once a year", 365)}},
		{"every other year", "Audit every other year.", []model.Frequency{fr("every other year", 730)}},
		{"biennial", "A biennial audit.", []model.Frequency{fr("biennial", 730)}},
		{"annual report is a frequency", "Publish an annual report of reviews.", []model.Frequency{fr("annual", 365)}},
		// English every N.
		{"every 90 days", "Rotate keys every 90 days.", []model.Frequency{fr("every 90 days", 90)}},
		{"every N weeks in words", "Meet every three weeks.", []model.Frequency{fr("every three weeks", 21)}},
		{"every twenty-four months", "Renew every twenty-four months.", []model.Frequency{fr("every twenty-four months", 730)}},
		{"every 2 years", "Audit every 2 years.", []model.Frequency{fr("every 2 years", 730)}},
		{"every 18 months", "Re-certify every 18 months.", []model.Frequency{fr("every 18 months", 547)}},
		{"every day singular", "Every 1 day.", []model.Frequency{fr("every 1 day", 1)}},
		// Several.
		{"two frequencies", "Scan weekly and review quarterly.", []model.Frequency{fr("weekly", 7), fr("quarterly", 91)}},
		{"repeated phrase once", "Review monthly, report monthly.", []model.Frequency{fr("monthly", 30)}},
		{"vague with concrete", "Logs are reviewed periodically, at least quarterly.", []model.Frequency{fr("at least quarterly", 91)}},
		// Negatives.
		{"annual leave", "Employees accrue annual leave.", []model.Frequency{}},
		{"annual revenue", "Annual revenue exceeds the threshold.", []model.Frequency{}},
		{"quarterly earnings", "Quarterly earnings are published.", []model.Frequency{}},
		{"monthly fee", "A monthly fee applies.", []model.Frequency{}},
		{"negated frequency", "Training is not annually, but monthly.", []model.Frequency{fr("monthly", 30)}},
		{"daily work", "Follow the rules in your daily work.", []model.Frequency{}},
		{"monthly availability", "Target 99.9% monthly availability.", []model.Frequency{}},
		{"within 30 days", "Patch within 30 days.", []model.Frequency{}},
		{"thirty days", "Keep logs for 90 days.", []model.Frequency{}},
		{"no frequency", "Access is restricted.", []model.Frequency{}},
		{"empty", "", []model.Frequency{}},
		// Spanish.
		{"diario", "Copias de seguridad diarias.", []model.Frequency{fr("diarias", 1)}},
		{"diariamente", "Se revisa diariamente.", []model.Frequency{fr("diariamente", 1)}},
		{"semanalmente", "Escaneos semanalmente.", []model.Frequency{fr("semanalmente", 7)}},
		{"quincenal", "Una reunión quincenal.", []model.Frequency{fr("quincenal", 14)}},
		{"mensualmente", "Se parchea mensualmente.", []model.Frequency{fr("mensualmente", 30)}},
		{"cada mes", "Informe cada mes.", []model.Frequency{fr("cada mes", 30)}},
		{"trimestral", "Revisión trimestral de accesos.", []model.Frequency{fr("trimestral", 91)}},
		{"cada tres meses", "Revisar cada tres meses.", []model.Frequency{fr("cada tres meses", 91)}},
		{"semestralmente", "Pruebas semestralmente.", []model.Frequency{fr("semestralmente", 182)}},
		{"cada seis meses", "Pruebas cada seis meses.", []model.Frequency{fr("cada seis meses", 182)}},
		{"anualmente", "La política se revisa anualmente.", []model.Frequency{fr("anualmente", 365)}},
		{"una vez al ano", "Formación una vez al año.", []model.Frequency{fr("una vez al ano", 365)}},
		{"cada ano", "Renovar cada año.", []model.Frequency{fr("cada ano", 365)}},
		{"cada doce meses", "Revisar cada doce meses.", []model.Frequency{fr("cada doce meses", 365)}},
		{"al menos una vez al ano", "Probar al menos una vez al año.", []model.Frequency{fr("al menos una vez al ano", 365)}},
		{"bienal", "Auditoría bienal.", []model.Frequency{fr("bienal", 730)}},
		{"cada 90 dias", "Rotar claves cada 90 días.", []model.Frequency{fr("cada 90 dias", 90)}},
		{"cada dieciocho meses", "Recertificar cada dieciocho meses.", []model.Frequency{fr("cada dieciocho meses", 547)}},
		{"cada veinticuatro meses", "Renovar cada veinticuatro meses.", []model.Frequency{fr("cada veinticuatro meses", 730)}},
		{"cada quince dias", "Reunión cada quince días.", []model.Frequency{fr("cada quince dias", 14)}},
		{"cada dos semanas", "Reunión cada dos semanas.", []model.Frequency{fr("cada dos semanas", 14)}},
		{"cada dos anos", "Auditoría cada dos años.", []model.Frequency{fr("cada dos anos", 730)}},
		// Spanish negatives.
		{"vacaciones anuales", "Los empleados disfrutan de vacaciones anuales.", []model.Frequency{}},
		{"ingresos anuales", "Los ingresos anuales superan el umbral.", []model.Frequency{}},
		{"dentro de 30 dias", "Parchear dentro de 30 días.", []model.Frequency{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := Frequencies(Normalize(tt.in)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Frequencies(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func fr(phrase string, days int) model.Frequency {
	return model.Frequency{Phrase: phrase, Days: days}
}
