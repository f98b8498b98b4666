package evidence

import (
	"fmt"
	"strings"
	"time"

	"github.com/soc2lint/soc2lint/dates"
	"github.com/soc2lint/soc2lint/parsers/meta"
)

// DateTimeLayout is the layout of typed values that carry a time of day.
// Values without a time of day use dates.ISO.
const DateTimeLayout = "2006-01-02T15:04:05Z"

// dateTimeLayouts are tried before dates.Parse: the forms the parsers write
// for date-time cells and the forms exports use for timestamps. A value
// without a zone is read as UTC.
var dateTimeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05 -0700",
}

// parseDate reads a cell as a date or date-time and returns it as ISO 8601
// text: "2026-03-01" for a date and "2026-03-01T14:05:00Z" for a date-time.
func parseDate(cell string, order dates.Order) (string, error) {
	value := strings.TrimSpace(cell)

	for _, layout := range dateTimeLayouts {
		if t, err := time.Parse(layout, value); err == nil {
			return t.UTC().Format(DateTimeLayout), nil
		}
	}

	if t, err := dates.Parse(value, order); err == nil {
		return dates.Format(t), nil
	}

	// A text date followed by a time of day, such as "03/01/2026 14:05".
	if space := strings.LastIndexByte(value, ' '); space > 0 {
		clock := value[space+1:]
		for _, layout := range []string{"15:04:05", "15:04"} {
			c, err := time.Parse(layout, clock)
			if err != nil {
				continue
			}
			day, err := dates.Parse(value[:space], order)
			if err != nil {
				break
			}
			t := day.Add(time.Duration(c.Hour())*time.Hour + time.Duration(c.Minute())*time.Minute + time.Duration(c.Second())*time.Second)
			return t.Format(DateTimeLayout), nil
		}
	}

	return "", fmt.Errorf("invalid date %q: write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ", value)
}

// booleans maps normalized cells to their truth value.
var booleans = map[string]bool{
	"yes": true, "y": true, "true": true, "t": true, "1": true, "x": true, "✓": true, "✔": true,
	"si": true, "s": true, "verdadero": true, "passed": true, "pass": true, "ok": true, "done": true,
	"no": false, "n": false, "false": false, "f": false, "0": false, "✗": false, "✘": false,
	"falso": false, "failed": false, "fail": false, "not tested": false, "n a": false,
}

// parseBool reads yes/no, true/false, sí/no, x and check marks.
func parseBool(cell string) (bool, error) {
	key := strings.TrimSpace(strings.ToLower(cell))
	if value, ok := booleans[key]; ok {
		return value, nil
	}
	if value, ok := booleans[meta.NormalizeKey(key)]; ok {
		return value, nil
	}
	return false, fmt.Errorf("invalid yes/no value %q: write yes or no", strings.TrimSpace(cell))
}

// severities maps normalized severity words, English and Spanish, to the
// five canonical levels.
var severities = map[string]string{
	"critical": "critical", "crit": "critical", "critica": "critical", "critico": "critical", "p0": "critical", "p1": "critical", "sev1": "critical", "sev 1": "critical", "urgent": "critical", "urgente": "critical",
	"high": "high", "alta": "high", "alto": "high", "p2": "high", "sev2": "high", "sev 2": "high", "important": "high", "importante": "high", "major": "high", "mayor": "high",
	"medium": "medium", "moderate": "medium", "media": "medium", "medio": "medium", "moderada": "medium", "moderado": "medium", "p3": "medium", "sev3": "medium", "sev 3": "medium",
	"low": "low", "baja": "low", "bajo": "low", "minor": "low", "menor": "low", "p4": "low", "sev4": "low", "sev 4": "low",
	"info": "info", "informational": "info", "informativa": "info", "informativo": "info", "none": "info", "ninguna": "info",
}

// parseSeverity returns critical, high, medium, low or info. A value that
// starts with a known level ("High (CVSS 8.1)") is read by its first word.
func parseSeverity(cell string) (string, error) {
	key := meta.NormalizeKey(cell)
	if level, ok := severities[key]; ok {
		return level, nil
	}
	if first, _, found := strings.Cut(key, " "); found {
		if level, ok := severities[first]; ok {
			return level, nil
		}
	}
	return "", fmt.Errorf("invalid severity %q: use critical, high, medium or low", strings.TrimSpace(cell))
}

// Access review decisions.
var decisions = map[string]string{
	"keep": "keep", "retain": "keep", "retained": "keep", "approve": "keep", "approved": "keep", "certify": "keep", "certified": "keep",
	"confirm": "keep", "confirmed": "keep", "no change": "keep", "appropriate": "keep", "maintain": "keep",
	"mantener": "keep", "mantenido": "keep", "conservar": "keep", "aprobar": "keep", "aprobado": "keep", "confirmado": "keep", "sin cambios": "keep",
	"revoke": "revoke", "revoked": "revoke", "remove": "revoke", "removed": "revoke", "delete": "revoke", "deleted": "revoke", "disable": "revoke", "disabled": "revoke",
	"revocar": "revoke", "revocado": "revoke", "eliminar": "revoke", "eliminado": "revoke", "quitar": "revoke", "retirar": "revoke", "dar de baja": "revoke",
	"modify": "modify", "modified": "modify", "change": "modify", "changed": "modify", "reduce": "modify", "downgrade": "modify", "update": "modify",
	"modificar": "modify", "modificado": "modify", "cambiar": "modify", "reducir": "modify", "ajustar": "modify",
}

// parseDecision returns keep, revoke or modify, or the value lower-cased
// when it matches none of them, so rules can tell a decision from a blank.
func parseDecision(cell string) string {
	key := meta.NormalizeKey(cell)
	if decision, ok := decisions[key]; ok {
		return decision
	}
	return key
}

// employment maps employment status words to active, terminated or leave.
var employment = map[string]string{
	"active": "active", "employed": "active", "current": "active", "yes": "active", "true": "active", "activo": "active", "activa": "active", "vigente": "active", "alta": "active",
	"terminated": "terminated", "inactive": "terminated", "former": "terminated", "leaver": "terminated", "left": "terminated", "separated": "terminated", "offboarded": "terminated",
	"no": "terminated", "false": "terminated", "terminado": "terminated", "inactivo": "terminated", "inactiva": "terminated", "baja": "terminated", "dado de baja": "terminated", "desvinculado": "terminated", "cesado": "terminated",
	"on leave": "leave", "leave": "leave", "licencia": "leave", "excedencia": "leave",
}

// parseEmployment returns active, terminated, leave, or the value
// lower-cased when it matches none of them.
func parseEmployment(cell string) string {
	key := meta.NormalizeKey(cell)
	if status, ok := employment[key]; ok {
		return status
	}
	return key
}

// results maps test and check outcomes to pass, fail or partial.
var results = map[string]string{
	"pass": "pass", "passed": "pass", "success": "pass", "successful": "pass", "succeeded": "pass", "ok": "pass", "complete": "pass", "completed": "pass", "yes": "pass", "true": "pass",
	"exito": "pass", "exitoso": "pass", "exitosa": "pass", "correcto": "pass", "superada": "pass", "superado": "pass", "si": "pass",
	"fail": "fail", "failed": "fail", "failure": "fail", "error": "fail", "unsuccessful": "fail", "no": "fail", "false": "fail",
	"fallo": "fail", "fallido": "fail", "fallida": "fail", "incorrecto": "fail", "no superada": "fail",
	"partial": "partial", "partially successful": "partial", "parcial": "partial",
	"manual": "manual", "muted": "muted", "info": "info",
}

// parseResult returns pass, fail, partial, or the value lower-cased.
func parseResult(cell string) string {
	key := meta.NormalizeKey(cell)
	if result, ok := results[key]; ok {
		return result
	}
	return key
}

// typeValue converts a non-empty cell to the value of kind.
func typeValue(kind Kind, cell string, order dates.Order) (any, error) {
	switch kind {
	case KindDate:
		return parseDate(cell, order)
	case KindBool:
		return parseBool(cell)
	case KindSeverity:
		return parseSeverity(cell)
	case KindDecision:
		return parseDecision(cell), nil
	case KindEmployment:
		return parseEmployment(cell), nil
	case KindResult:
		return parseResult(cell), nil
	}
	return strings.TrimSpace(cell), nil
}

// FoldPerson returns a person's name or id trimmed and case-folded, the form
// in which two cells name the same person.
func FoldPerson(s string) string {
	return meta.NormalizeKey(s)
}
