package annotate

import (
	"testing"

	"github.com/soc2lint/soc2lint/model"
)

func TestDetectKind(t *testing.T) {
	t.Parallel()

	mustSentence := model.Statement{Modality: ModalityMust}
	tests := []struct {
		name string
		doc  model.Document
		want string
	}{
		{"evidence export", model.Document{File: "policies/users.csv", Format: model.FormatCSV, Evidence: &model.Evidence{}}, model.KindEvidence},
		{"kind field", model.Document{File: "docs/a.md", Metadata: model.Metadata{Fields: map[string]any{"kind": "procedure"}}}, model.KindProcedure},
		{"type field with title case", model.Document{File: "a.md", Metadata: model.Metadata{Fields: map[string]any{"Type": "Standard"}}}, model.KindStandard},
		{"doc_type field spanish", model.Document{File: "a.md", Metadata: model.Metadata{Fields: map[string]any{"doc_type": "Política"}}}, model.KindPolicy},
		{"category other", model.Document{File: "policies/index.md", Metadata: model.Metadata{Fields: map[string]any{"category": "other"}}}, model.KindOther},
		{"field naming no kind falls through", model.Document{File: "plans/bcp.md", Metadata: model.Metadata{Fields: map[string]any{"type": "draft"}}}, model.KindPlan},
		{"field beats folder", model.Document{File: "policies/x.md", Metadata: model.Metadata{Fields: map[string]any{"kind": "plan"}}}, model.KindPlan},
		{"policies folder", model.Document{File: "policies/access.md"}, model.KindPolicy},
		{"procedures folder", model.Document{File: "docs/procedures/onboarding.md"}, model.KindProcedure},
		{"plans folder", model.Document{File: "plans/bcp.md"}, model.KindPlan},
		{"standards folder", model.Document{File: "standards/crypto.md"}, model.KindStandard},
		{"evidence folder", model.Document{File: "evidence/review.md"}, model.KindEvidence},
		{"spanish politicas folder", model.Document{File: "Políticas/acceso.md"}, model.KindPolicy},
		{"spanish procedimientos folder", model.Document{File: "procedimientos/alta.md"}, model.KindProcedure},
		{"spanish planes folder", model.Document{File: "planes/continuidad.md"}, model.KindPlan},
		{"spanish estandares folder", model.Document{File: "estándares/cifrado.md"}, model.KindStandard},
		{"deepest folder wins", model.Document{File: "policies/procedures/x.md"}, model.KindProcedure},
		{"file name is not a folder", model.Document{File: "policy.md"}, model.KindOther},
		{"english policy title", model.Document{File: "a.md", Title: "Access Control Policy"}, model.KindPolicy},
		{"english plan title", model.Document{File: "a.md", Title: "Incident Response Plan"}, model.KindPlan},
		{"english procedure title", model.Document{File: "a.md", Title: "Onboarding Procedure"}, model.KindProcedure},
		{"english standard title", model.Document{File: "a.md", Title: "Encryption Standard"}, model.KindStandard},
		{"spanish policy title", model.Document{File: "a.md", Title: "Política de control de acceso"}, model.KindPolicy},
		{"spanish procedure title", model.Document{File: "a.md", Title: "Procedimiento de alta de usuarios"}, model.KindProcedure},
		{"spanish standard title", model.Document{File: "a.md", Title: "Estándar de cifrado"}, model.KindStandard},
		{"spanish norma title", model.Document{File: "a.md", Title: "Norma de contraseñas"}, model.KindStandard},
		{"title head noun last", model.Document{File: "a.md", Title: "Policy Exception Procedure"}, model.KindProcedure},
		{"english head noun after policy", model.Document{File: "a.md", Title: "Access Control Policy Exception Procedure (AC-PROC-007)", Language: model.LangEnglish}, model.KindProcedure},
		{"english standard adjective", model.Document{File: "a.md", Title: "Standard Change Management Procedure", Language: model.LangEnglish}, model.KindProcedure},
		{"english head noun before for", model.Document{File: "a.md", Title: "Procedure for Policy Exceptions", Language: model.LangEnglish}, model.KindProcedure},
		{"english title without language", model.Document{File: "a.md", Title: "Standard Backup Procedure"}, model.KindProcedure},
		{"spanish head noun first", model.Document{File: "a.md", Title: "Procedimiento de excepciones a la Política de accesos", Language: model.LangSpanish}, model.KindProcedure},
		{"spanish head without preposition", model.Document{File: "a.md", Title: "Política general y procedimientos", Language: model.LangSpanish}, model.KindPolicy},
		{"spanish head found by preposition", model.Document{File: "a.md", Title: "Procedimiento de alta según la Política"}, model.KindProcedure},
		{"french head noun first", model.Document{File: "a.md", Title: "Politique d'utilisation acceptable des plans"}, model.KindPolicy},
		{"suffixed procedures folder", model.Document{File: "security_procedures/ac-proc-007.md", Title: "Access Control Policy Exception Procedure"}, model.KindProcedure},
		{"prefixed procedures folder", model.Document{File: "procedures-2026/x.md"}, model.KindProcedure},
		{"hyphenated policies folder", model.Document{File: "hr-policies/leave.md"}, model.KindPolicy},
		{"folder naming two kinds decides nothing", model.Document{File: "plans/policies-and-procedures/x.md"}, model.KindPlan},
		{"folder beats title", model.Document{File: "procedures/privacy-notice.md", Title: "Privacy Policy"}, model.KindProcedure},
		{"folder word inside a longer word", model.Document{File: "planning/x.md"}, model.KindOther},
		{"owner makes policy", model.Document{File: "a.md", Title: "Access", Metadata: model.Metadata{Owner: "CISO"}}, model.KindPolicy},
		{"approval makes policy", model.Document{File: "a.md", Metadata: model.Metadata{ApprovedOn: "2026-01-01"}}, model.KindPolicy},
		{"two obligations make policy", model.Document{File: "a.md", Statements: []model.Statement{mustSentence, {Modality: ModalityShould}}}, model.KindPolicy},
		{"one obligation is other", model.Document{File: "a.md", Statements: []model.Statement{mustSentence, {Modality: ModalityMay}}}, model.KindOther},
		{"nothing is other", model.Document{File: "README.md", Title: "Read me"}, model.KindOther},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := DetectKind(&tt.doc); got != tt.want {
				t.Errorf("DetectKind(file %q, title %q) = %q, want %q", tt.doc.File, tt.doc.Title, got, tt.want)
			}
		})
	}
}
