package evidence

import (
	"slices"
	"sort"
)

// Evidence types.
const (
	TypeAccessReview   = "access_review"
	TypeTraining       = "training"
	TypeVulnerability  = "vulnerability"
	TypeChange         = "change"
	TypeTermination    = "termination"
	TypeBackupRestore  = "backup_restore"
	TypeIncident       = "incident"
	TypeScannerFinding = "scanner_finding"
)

// Kind is the value type that the cells of a field are converted to.
type Kind int

// Kinds of field value.
const (
	KindText Kind = iota
	KindDate
	KindPerson
	KindBool
	KindSeverity
	KindDecision
	KindEmployment
	KindResult
)

// Field is one column an evidence type reads, with the header synonyms that
// name it. Synonyms are written normalized: lower case, no accents, words
// separated by one space.
type Field struct {
	Name     string
	Kind     Kind
	Synonyms []string
}

// Spec describes one evidence type.
type Spec struct {
	Name   string
	Fields []Field

	// Required lists groups of field names; each group needs at least one
	// matched field for a table to be recognized as this type.
	Required [][]string

	// Signals are words of which one must appear in a header, the table
	// title or the file name, for types whose headers alone are too generic
	// (a "date, system, result" table is a restore log only when something
	// mentions restore or backup).
	Signals []string

	// PrimaryDate is the field that places a record in the audit period,
	// for the population of a sample.
	PrimaryDate string
}

// specs is the catalog, in recognition order: when two types match, the one
// with the higher score wins and ties go to the earlier one.
var specs = []Spec{
	{
		Name: TypeAccessReview,
		Fields: []Field{
			{"user", KindPerson, []string{"user", "username", "user name", "user id", "account", "account name", "login", "identity", "principal", "member", "usuario", "cuenta", "nombre de usuario", "id usuario", "identidad"}},
			{"system", KindText, []string{"system", "application", "app", "resource", "platform", "service", "system name", "sistema", "aplicacion", "recurso", "plataforma", "servicio"}},
			{"access_level", KindText, []string{"access level", "role", "permission", "permissions", "entitlement", "group", "privilege", "access", "nivel de acceso", "rol", "permiso", "permisos", "privilegio", "grupo"}},
			{"reviewer", KindPerson, []string{"reviewer", "reviewed by", "certifier", "certified by", "approver", "approved by", "manager", "revisor", "revisado por", "aprobador", "aprobado por", "responsable"}},
			{"decision", KindDecision, []string{"decision", "action", "outcome", "review decision", "review result", "result", "determination", "keep revoke", "accion", "resultado", "dictamen"}},
			{"review_date", KindDate, []string{"review date", "reviewed on", "reviewed at", "date reviewed", "date of review", "certification date", "certified on", "review completed", "date", "fecha de revision", "fecha revision", "revisado el", "fecha"}},
		},
		Required:    [][]string{{"user"}, {"review_date"}, {"reviewer", "decision"}},
		PrimaryDate: "review_date",
	},
	{
		Name: TypeTraining,
		Fields: []Field{
			{"person_id", KindPerson, []string{"employee id", "employee number", "employee", "person id", "staff id", "worker id", "personnel number", "id", "id empleado", "numero de empleado", "empleado", "legajo"}},
			{"name", KindPerson, []string{"name", "full name", "employee name", "person", "nombre", "nombre completo", "nombre del empleado"}},
			{"email", KindPerson, []string{"email", "e mail", "mail", "email address", "work email", "correo", "correo electronico"}},
			{"status", KindEmployment, []string{"employment status", "employee status", "status", "active", "worker status", "estado", "estado laboral", "situacion", "situacion laboral"}},
			{"hire_date", KindDate, []string{"hire date", "start date", "hired on", "date of hire", "join date", "joined", "joined on", "started on", "fecha de alta", "fecha de ingreso", "fecha de contratacion", "fecha alta", "alta", "ingreso"}},
			{"course", KindText, []string{"course", "course name", "training", "training name", "module", "program", "curriculum", "curso", "formacion", "capacitacion", "modulo", "programa"}},
			{"assigned_on", KindDate, []string{"assigned on", "assigned", "assigned date", "assignment date", "asignado", "asignado el", "fecha de asignacion"}},
			{"due_date", KindDate, []string{"due date", "due on", "due", "deadline", "due by", "fecha limite", "vencimiento", "fecha de vencimiento", "vence"}},
			{"completed_on", KindDate, []string{"completed on", "completion date", "completed", "completed at", "date completed", "finished on", "finished", "fecha de finalizacion", "completado", "completado el", "fecha de completado", "finalizado", "fecha de realizacion", "realizado el"}},
		},
		Required:    [][]string{{"completed_on"}, {"person_id", "name", "email"}, {"course", "due_date", "hire_date", "status"}},
		PrimaryDate: "completed_on",
	},
	{
		Name: TypeVulnerability,
		Fields: []Field{
			{"id", KindText, []string{"finding id", "vulnerability id", "vuln id", "issue id", "id", "cve", "cve id", "key", "ticket", "id hallazgo", "identificador", "id vulnerabilidad"}},
			{"asset", KindText, []string{"asset", "host", "hostname", "resource", "component", "target", "system", "activo", "recurso", "servidor", "componente", "sistema"}},
			{"severity", KindSeverity, []string{"severity", "risk", "risk rating", "priority", "criticality", "cvss severity", "rating", "severidad", "criticidad", "riesgo", "prioridad"}},
			{"title", KindText, []string{"title", "name", "summary", "description", "vulnerability", "finding", "titulo", "descripcion", "nombre", "hallazgo", "vulnerabilidad"}},
			{"discovered", KindDate, []string{"detected on", "detected", "detected at", "discovered", "discovered on", "date discovered", "first seen", "first detected", "found", "found on", "date found", "opened", "opened on", "created", "created on", "reported on", "fecha de deteccion", "detectado", "detectado el", "descubierto", "fecha de apertura", "abierto", "fecha de descubrimiento"}},
			{"remediated", KindDate, []string{"resolved on", "resolved", "resolved at", "remediated", "remediated on", "remediation date", "fixed", "fixed on", "date fixed", "closed", "closed on", "date closed", "patched on", "fecha de resolucion", "resuelto", "resuelto el", "remediado", "corregido", "cerrado", "fecha de cierre", "fecha de remediacion"}},
			{"status", KindText, []string{"status", "state", "estado"}},
		},
		Required:    [][]string{{"severity"}, {"discovered"}, {"remediated", "status"}},
		PrimaryDate: "discovered",
	},
	{
		Name: TypeChange,
		Fields: []Field{
			{"id", KindText, []string{"ticket", "ticket id", "change id", "change", "change number", "change request", "request id", "pr", "pull request", "merge request", "id", "key", "cambio", "id cambio", "numero de cambio", "solicitud de cambio"}},
			{"summary", KindText, []string{"summary", "title", "description", "resumen", "titulo", "descripcion"}},
			{"change_type", KindText, []string{"type", "change type", "category", "class", "tipo", "tipo de cambio", "categoria"}},
			{"author", KindPerson, []string{"author", "requester", "requested by", "developer", "submitter", "created by", "implementer", "implemented by", "engineer", "assignee", "owner", "autor", "solicitante", "desarrollador", "creado por", "implementado por"}},
			{"approver", KindPerson, []string{"approver", "approved by", "reviewer", "reviewed by", "aprobador", "aprobado por", "revisor", "revisado por"}},
			{"approved_at", KindDate, []string{"approved at", "approved on", "approval date", "approval time", "date approved", "approved", "fecha de aprobacion", "aprobado el", "aprobado"}},
			{"deployed_at", KindDate, []string{"deployed at", "deployed on", "deployment date", "deployment time", "deployed", "released at", "released on", "release date", "implemented on", "implemented at", "merged at", "go live", "fecha de despliegue", "desplegado", "desplegado el", "fecha de implementacion", "fecha de paso a produccion", "puesta en produccion"}},
			{"tested", KindBool, []string{"tested", "tests passed", "test passed", "testing", "tests", "qa", "qa passed", "ci passed", "probado", "pruebas", "pruebas superadas", "testeado"}},
			{"emergency", KindBool, []string{"emergency", "emergency change", "urgent", "hotfix", "expedited", "emergencia", "urgente", "cambio de emergencia"}},
		},
		Required:    [][]string{{"approver"}, {"approved_at", "deployed_at"}, {"id", "author"}},
		PrimaryDate: "deployed_at",
	},
	{
		Name: TypeTermination,
		Fields: []Field{
			{"person_id", KindPerson, []string{"employee id", "employee number", "employee", "person id", "staff id", "worker id", "id", "id empleado", "numero de empleado", "empleado", "legajo"}},
			{"name", KindPerson, []string{"name", "full name", "employee name", "nombre", "nombre completo"}},
			{"termination_date", KindDate, []string{"termination date", "terminated on", "last day", "last working day", "last date", "separation date", "exit date", "leave date", "leaving date", "end date", "offboarding date", "fecha de baja", "ultimo dia", "ultimo dia laboral", "fecha de salida", "fecha de cese", "fecha de terminacion", "fecha de desvinculacion", "baja"}},
			{"deactivated_at", KindDate, []string{"deactivated at", "deactivated on", "deactivation date", "disabled at", "disabled on", "date disabled", "deprovisioned at", "deprovisioned on", "access removed", "access removed on", "access revoked", "access revoked on", "revoked at", "revoked on", "account disabled", "account disabled on", "suspended at", "suspended on", "fecha de desactivacion", "desactivado", "desactivado el", "deshabilitado", "deshabilitado el", "revocado", "revocado el", "acceso revocado", "fecha de revocacion", "fecha de baja de acceso"}},
			{"system", KindText, []string{"system", "application", "idp", "identity provider", "directory", "sistema", "aplicacion", "proveedor de identidad"}},
			{"username", KindPerson, []string{"username", "idp username", "idp user", "user", "account", "login", "usuario", "cuenta"}},
			{"account_status", KindText, []string{"account status", "idp status", "user status", "status", "state", "estado", "estado de la cuenta"}},
		},
		Required:    [][]string{{"termination_date"}, {"deactivated_at"}},
		PrimaryDate: "termination_date",
	},
	{
		Name: TypeBackupRestore,
		Fields: []Field{
			{"test_date", KindDate, []string{"restore test date", "restore date", "test date", "tested on", "date tested", "restored on", "recovery test date", "date", "performed on", "fecha de prueba", "fecha de restauracion", "fecha de la prueba", "probado el", "fecha"}},
			{"system", KindText, []string{"system", "database", "application", "backup", "backup set", "resource", "service", "sistema", "base de datos", "aplicacion", "copia", "recurso"}},
			{"result", KindResult, []string{"result", "outcome", "status", "success", "passed", "restore result", "test result", "resultado", "estado", "exito", "resultado de la prueba"}},
			{"tester", KindPerson, []string{"tested by", "performed by", "operator", "engineer", "realizado por", "responsable"}},
		},
		Required:    [][]string{{"test_date"}, {"result"}},
		Signals:     []string{"restor", "backup", "recover", "respaldo", "copia", "restaura", "recupera", "dr test", "disaster"},
		PrimaryDate: "test_date",
	},
	{
		Name: TypeIncident,
		Fields: []Field{
			{"id", KindText, []string{"incident id", "incident", "id", "ticket", "case", "case id", "key", "incidente", "id incidente", "numero de incidente"}},
			{"title", KindText, []string{"title", "summary", "description", "titulo", "resumen", "descripcion"}},
			{"severity", KindSeverity, []string{"severity", "sev", "priority", "impact", "severidad", "prioridad", "impacto"}},
			{"opened", KindDate, []string{"opened", "opened at", "opened on", "detected", "detected at", "detected on", "reported", "reported at", "created", "created at", "start", "started", "start time", "fecha de apertura", "abierto", "detectado", "inicio", "fecha de deteccion"}},
			{"closed", KindDate, []string{"closed", "closed at", "closed on", "resolved", "resolved at", "resolved on", "end", "end time", "fecha de cierre", "cerrado", "resuelto", "fin"}},
			{"postmortem", KindText, []string{"post mortem", "postmortem", "postmortem link", "post mortem link", "postmortem date", "post mortem date", "rca", "rca link", "rca date", "root cause analysis", "pir", "post incident review", "lessons learned", "retrospective", "analisis de causa raiz", "causa raiz", "lecciones aprendidas", "revision post incidente", "postmortem realizado"}},
			{"status", KindText, []string{"status", "state", "estado"}},
		},
		Required:    [][]string{{"opened"}, {"postmortem"}},
		PrimaryDate: "opened",
	},
	{
		Name: TypeScannerFinding,
		Fields: []Field{
			{"check_id", KindText, []string{"check id", "check", "rule id", "control id", "plugin id", "policy id", "check name", "control", "regla", "control id"}},
			{"status", KindResult, []string{"status", "result", "compliance status", "check status", "estado", "resultado"}},
			{"severity", KindSeverity, []string{"severity", "risk", "severidad", "riesgo"}},
			{"resource", KindText, []string{"resource uid", "resource id", "resource", "resource name", "asset", "recurso", "activo"}},
			{"timestamp", KindDate, []string{"timestamp", "scan date", "checked at", "scanned at", "date", "fecha"}},
		},
		Required:    [][]string{{"check_id"}, {"status"}, {"severity"}},
		PrimaryDate: "timestamp",
	},
}

// Types returns the names of the evidence types, sorted.
func Types() []string {
	names := make([]string, 0, len(specs))
	for _, spec := range specs {
		names = append(names, spec.Name)
	}
	sort.Strings(names)
	return names
}

// Lookup returns the spec of the named type.
func Lookup(name string) (Spec, bool) {
	for _, spec := range specs {
		if spec.Name == name {
			return spec, true
		}
	}
	return Spec{}, false
}

// FieldNames returns the field names of the spec, in catalog order.
func (s Spec) FieldNames() []string {
	names := make([]string, 0, len(s.Fields))
	for _, field := range s.Fields {
		names = append(names, field.Name)
	}
	return names
}

// HasField reports whether the spec reads a field of that name.
func (s Spec) HasField(name string) bool {
	return slices.Contains(s.FieldNames(), name)
}

// field returns the named field.
func (s Spec) field(name string) (Field, bool) {
	for _, field := range s.Fields {
		if field.Name == name {
			return field, true
		}
	}
	return Field{}, false
}
