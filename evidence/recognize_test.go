package evidence_test

import (
	"testing"

	"github.com/soc2lint/soc2lint/dates"
	"github.com/soc2lint/soc2lint/evidence"
	"github.com/soc2lint/soc2lint/model"
)

func TestRecognizeHeaders(t *testing.T) {
	t.Parallel()

	cases := []struct {
		name    string
		header  []string
		hint    string
		want    string
		columns map[string]string
	}{
		{"access review", []string{"Account", "Application", "Entitlement", "Certified By", "Certification Date", "Action"}, "", evidence.TypeAccessReview,
			map[string]string{"user": "Account", "reviewer": "Certified By", "review_date": "Certification Date", "decision": "Action"}},
		{"spanish access review", []string{"Usuario", "Sistema", "Revisado por", "Fecha de revisión", "Decisión"}, "", evidence.TypeAccessReview,
			map[string]string{"user": "Usuario", "reviewer": "Revisado por", "review_date": "Fecha de revisión", "decision": "Decisión"}},
		{"camel case training", []string{"EmployeeId", "FullName", "EmploymentStatus", "HireDate", "CourseName", "CompletedOn"}, "", evidence.TypeTraining,
			map[string]string{"person_id": "EmployeeId", "status": "EmploymentStatus", "hire_date": "HireDate", "completed_on": "CompletedOn"}},
		{"spanish training", []string{"Legajo", "Nombre", "Estado", "Fecha de alta", "Curso", "Fecha límite", "Completado el"}, "", evidence.TypeTraining,
			map[string]string{"person_id": "Legajo", "hire_date": "Fecha de alta", "due_date": "Fecha límite", "completed_on": "Completado el"}},
		{"vulnerabilities", []string{"Key", "Host", "CVSS Severity", "First Seen", "Date Fixed", "State"}, "", evidence.TypeVulnerability,
			map[string]string{"severity": "CVSS Severity", "discovered": "First Seen", "remediated": "Date Fixed"}},
		{"changes", []string{"PR", "Developer", "Reviewed By", "Merged At", "QA Passed", "Hotfix"}, "", evidence.TypeChange,
			map[string]string{"author": "Developer", "approver": "Reviewed By", "deployed_at": "Merged At", "tested": "QA Passed", "emergency": "Hotfix"}},
		{"spanish leavers", []string{"Empleado", "Último día", "Fecha de desactivación", "Sistema"}, "", evidence.TypeTermination,
			map[string]string{"termination_date": "Último día", "deactivated_at": "Fecha de desactivación"}},
		{"restore log by file name", []string{"Date", "Database", "Result"}, "restore-tests-2026.csv", evidence.TypeBackupRestore,
			map[string]string{"test_date": "Date", "result": "Result"}},
		{"generic log without a signal", []string{"Date", "Database", "Result"}, "log.csv", "", nil},
		{"incidents", []string{"Incident ID", "Sev", "Opened At", "Resolved At", "RCA Link"}, "", evidence.TypeIncident,
			map[string]string{"opened": "Opened At", "closed": "Resolved At", "postmortem": "RCA Link"}},
		{"scanner results", []string{"CHECK_ID", "STATUS", "SEVERITY", "RESOURCE_UID", "REGION"}, "", evidence.TypeScannerFinding,
			map[string]string{"check_id": "CHECK_ID", "status": "STATUS"}},
		{"unrelated table", []string{"Country", "Capital", "Population"}, "", "", nil},
	}

	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			rec, err := evidence.Recognize(tc.header, tc.hint, nil)
			if err != nil {
				t.Fatal(err)
			}
			if rec.Type != tc.want {
				t.Fatalf("type %q, want %q (columns %v)", rec.Type, tc.want, rec.Columns)
			}
			for field, header := range tc.columns {
				if rec.Columns[field] != header {
					t.Errorf("field %s read from %q, want %q", field, rec.Columns[field], header)
				}
			}
		})
	}
}

func TestRecognizeOverride(t *testing.T) {
	t.Parallel()
	header := []string{"Who", "Where", "Signed Off By", "When", "Outcome"}

	rec, err := evidence.Recognize(header, "", &evidence.Override{Type: evidence.TypeAccessReview, Columns: map[string]string{"user": "Who", "reviewer": "Signed Off By", "review_date": "When"}})
	if err != nil {
		t.Fatal(err)
	}
	if rec.Type != evidence.TypeAccessReview || rec.Columns["review_date"] != "When" || rec.Columns["decision"] != "Outcome" {
		t.Errorf("override: type %q, columns %v", rec.Type, rec.Columns)
	}

	if _, err := evidence.Recognize(header, "", &evidence.Override{Type: evidence.TypeAccessReview, Columns: map[string]string{"user": "Name"}}); err == nil {
		t.Error("an override column that is not in the header was accepted")
	}
	if _, err := evidence.Recognize(header, "", &evidence.Override{Type: "payroll"}); err == nil {
		t.Error("an unknown type was accepted")
	}
}

func TestTypedValues(t *testing.T) {
	t.Parallel()
	rec, err := evidence.Recognize([]string{"Ticket", "Author", "Approver", "Approved At", "Deployed At", "Tested", "Emergency"}, "", nil)
	if err != nil || rec.Type != evidence.TypeChange {
		t.Fatalf("recognize: %v %q", err, rec.Type)
	}
	typer, err := evidence.NewTyper(rec, dates.DMY)
	if err != nil {
		t.Fatal(err)
	}

	record := typer.Record([]string{"C-1", " Ana ", "luis", "03/02/2026 14:05", "2026-02-04T09:30:00Z", "Sí", "✓"}, model.Location{Line: 2})
	want := map[string]any{
		"id": "C-1", "author": "Ana", "approver": "luis",
		"approved_at": "2026-02-03T14:05:00Z", "deployed_at": "2026-02-04T09:30:00Z", "tested": true, "emergency": true,
	}
	for field, value := range want {
		if record.Fields[field] != value {
			t.Errorf("%s = %#v, want %#v", field, record.Fields[field], value)
		}
	}

	bad := typer.Record([]string{"C-2", "a", "b", "next week", "", "maybe", ""}, model.Location{Line: 3})
	if _, ok := bad.Fields["approved_at"]; ok {
		t.Error("an invalid date was kept")
	}
	if _, ok := bad.Fields["deployed_at"]; ok {
		t.Error("an empty cell became a field")
	}
	if problems := typer.Problems(); len(problems) != 2 || problems[0].Location.Line != 3 {
		t.Errorf("problems: %+v", problems)
	}
}

func TestSeverityWords(t *testing.T) {
	t.Parallel()
	rec, _ := evidence.Recognize([]string{"ID", "Severidad", "Detectado", "Resuelto"}, "", nil)
	typer, err := evidence.NewTyper(rec, dates.DMY)
	if err != nil {
		t.Fatal(err)
	}
	for cell, want := range map[string]string{"Crítica": "critical", "ALTA": "high", "Medium": "medium", "baja": "low", "High (CVSS 8.1)": "high"} {
		record := typer.Record([]string{"V", cell, "2026-01-01", ""}, model.Location{Line: 2})
		if record.Fields["severity"] != want {
			t.Errorf("%q read as %v, want %s", cell, record.Fields["severity"], want)
		}
	}
}
