package lint

import (
	"errors"
	"path"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/evidence"
	"github.com/soc2lint/soc2lint/finding"
	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
	"github.com/soc2lint/soc2lint/parsers/meta"
)

// ProblemRule describes a finding that the parsers raise rather than a Rego
// rule: a file that cannot be read, or a defect such as invalid front
// matter.
type ProblemRule struct {
	ID           string
	Title        string
	Criteria     []string
	Severity     string
	Remediations map[string]string
}

// Rule ids raised by parsers.
const (
	RuleParseError   = "parse-error"
	RuleParseProblem = "parse-problem"

	// RuleDocumentTooLarge marks a document whose statements were cut to
	// limits.max_statements.
	RuleDocumentTooLarge = "document-too-large"
)

// ProblemRules lists the parser-raised rules, for `soc2lint rules` and for
// turning problems into findings. Criteria are set only where the defect is
// itself one an auditor would raise: an unreadable date or empty policy is a
// document-governance gap (CC5.3); a file soc2lint cannot read is not.
var ProblemRules = []ProblemRule{
	{
		ID: RuleParseError, Title: "File cannot be read", Criteria: []string{}, Severity: finding.SeverityError,
		Remediations: map[string]string{
			"en": "Export the file again in a supported format (Markdown, text PDF, XLSX, CSV), or exclude it in .soc2lint.yaml.",
			"es": "Exporte el archivo de nuevo en un formato admitido (Markdown, PDF con texto, XLSX, CSV) o exclúyalo en .soc2lint.yaml.",
		},
	},
	{
		ID: RuleParseProblem, Title: "Part of the file could not be read", Criteria: []string{}, Severity: finding.SeverityWarning,
		Remediations: map[string]string{
			"en": "Fix the part of the file the message names so every statement is checked.",
			"es": "Corrija la parte del archivo que indica el mensaje para que se revise cada declaración.",
		},
	},
	{
		ID: "front-matter-invalid", Title: "Front matter is not valid YAML", Criteria: []string{"CC5.3"}, Severity: finding.SeverityError,
		Remediations: map[string]string{
			"en": "Fix the YAML between the --- lines at the top of the file so owner, version and approval dates can be read.",
			"es": "Corrija el YAML entre las líneas --- al inicio del archivo para que se puedan leer el responsable, la versión y las fechas de aprobación.",
		},
	},
	{
		ID: meta.RuleDateFormat, Title: "Document-control date cannot be read", Criteria: []string{"CC5.3"}, Severity: finding.SeverityWarning,
		Remediations: map[string]string{
			"en": "Write the date as YYYY-MM-DD (2026-03-01) so reviewers and tools read it the same way.",
			"es": "Escriba la fecha como AAAA-MM-DD (2026-03-01) para que revisores y herramientas la lean igual.",
		},
	},
	{
		ID: RuleDocumentTooLarge, Title: "Document too large to check in full", Criteria: []string{}, Severity: finding.SeverityWarning,
		Remediations: map[string]string{
			"en": "Split the file into one document per policy, or raise limits.max_statements in .soc2lint.yaml.",
			"es": "Divida el archivo en un documento por política o aumente limits.max_statements en .soc2lint.yaml.",
		},
	},
	{
		ID: "document-empty", Title: "Document is empty", Criteria: []string{"CC5.3"}, Severity: finding.SeverityWarning,
		Remediations: map[string]string{
			"en": "Write the policy, or remove the empty file from the policy repository.",
			"es": "Redacte la política o elimine el archivo vacío del repositorio de políticas.",
		},
	},
	{
		ID: RuleLanguageUnsupported, Title: "Document language not supported", Criteria: []string{}, Severity: finding.SeverityInfo,
		Remediations: map[string]string{
			"en": "Keep an English or Spanish version of the document in the repository so its content can be checked, or disable language-unsupported in .soc2lint.yaml to accept that only its metadata is checked.",
			"es": "Mantenga en el repositorio una versión del documento en inglés o en español para que se revise su contenido, o desactive language-unsupported en .soc2lint.yaml si basta con revisar sus metadatos.",
		},
	},
	{
		ID: evidence.RuleUnrecognized, Title: "Evidence export not recognized", Criteria: []string{}, Severity: finding.SeverityInfo,
		Remediations: map[string]string{
			"en": "Add an evidence: entry with the export's type and columns to .soc2lint.yaml so the evidence rules check it.",
			"es": "Añada una entrada evidence: con el tipo y las columnas de la exportación en .soc2lint.yaml para que las reglas de evidencias la revisen.",
		},
	},
	{
		ID: evidence.RuleOverride, Title: "Evidence entry does not fit the file", Criteria: []string{}, Severity: finding.SeverityError,
		Remediations: map[string]string{
			"en": "Fix the type or the columns of the evidence: entry for this file in .soc2lint.yaml.",
			"es": "Corrija el tipo o las columnas de la entrada evidence: de este archivo en .soc2lint.yaml.",
		},
	},
	{
		ID: evidence.RuleInvalidValue, Title: "Evidence cell cannot be read", Criteria: []string{}, Severity: finding.SeverityWarning,
		Remediations: map[string]string{
			"en": "Correct the cell in the export (a date, yes/no or severity the column expects), so the row is checked as it should be.",
			"es": "Corrija la celda en la exportación (la fecha, sí/no o severidad que espera la columna) para que la fila se revise como corresponde.",
		},
	},
	{
		ID: engine.RuleErrorID, Title: "Rule could not be evaluated", Criteria: []string{}, Severity: finding.SeverityError,
		Remediations: engineRemediation,
	},
	{
		ID: engine.RuleTimeoutID, Title: "Rule ran out of time", Criteria: []string{}, Severity: finding.SeverityError,
		Remediations: engineRemediation,
	},
	{
		ID: engine.RuleMemoryID, Title: "Rule stopped at the memory limit", Criteria: []string{}, Severity: finding.SeverityError,
		Remediations: engineRemediation,
	},
	{
		ID: engine.RuleSkippedID, Title: "Rule skipped after it stopped on another file", Criteria: []string{}, Severity: finding.SeverityError,
		Remediations: engineRemediation,
	},
}

// engineRemediation is the advice for a rule the engine could not finish.
var engineRemediation = map[string]string{
	"en": "Fix or disable the rule, or raise limits.timeout_seconds or limits.max_memory_bytes in .soc2lint.yaml; until then its result on these files is unknown.",
	"es": "Corrija o desactive la regla, o aumente limits.timeout_seconds o limits.max_memory_bytes en .soc2lint.yaml; mientras tanto su resultado en estos archivos es desconocido.",
}

func problemRule(id string) ProblemRule {
	for _, rule := range ProblemRules {
		if rule.ID == id {
			return rule
		}
	}
	return ProblemRules[1]
}

// parseErrorFinding reports a file that no parser could read. The parsers'
// errors name the file and the fix. The finding already carries the file,
// so the message drops that prefix and the trailing sentinel text
// ("encrypted", "unreadable", "over the limit") that error wrapping appends.
func parseErrorFinding(file string, err error) finding.Finding {
	message := err.Error()
	for _, sentinel := range []error{parsers.ErrEncrypted, parsers.ErrUnreadable, parsers.ErrLimit} {
		if errors.Is(err, sentinel) {
			message = strings.TrimSuffix(message, ": "+sentinel.Error())
		}
	}
	message = strings.TrimPrefix(message, file+": ")
	message = strings.TrimPrefix(message, path.Base(file)+": ")

	return problemFinding(problemRule(RuleParseError), file, model.Location{},
		"cannot read the file: "+message,
		"no se puede leer el archivo: "+message)
}

// problemFindings turns a document's parse problems into findings.
func problemFindings(doc *model.Document) []finding.Finding {
	var out []finding.Finding
	for _, problem := range doc.Problems {
		rule := problemRule(problem.Rule)
		if problem.Rule != "" && rule.ID != problem.Rule {
			rule.ID = problem.Rule
		}
		f := problemFinding(rule, doc.File, problem.Location, problem.Message, "")
		if problem.Severity != "" {
			f.Severity = problem.Severity
		}
		out = append(out, f)
	}
	return out
}

func problemFinding(rule ProblemRule, file string, loc model.Location, en, es string) finding.Finding {
	messages := map[string]string{"en": en}
	if es != "" {
		messages["es"] = es
	}
	f := finding.Finding{
		RuleID:       rule.ID,
		Title:        rule.Title,
		Criteria:     append([]string{}, rule.Criteria...),
		Severity:     rule.Severity,
		Messages:     messages,
		File:         file,
		Line:         loc.Line,
		Page:         loc.Page,
		Sheet:        loc.Sheet,
		Cell:         loc.Cell,
		Remediations: rule.Remediations,
		Mappings:     finding.Mappings{ISO27001: []string{}, NISTCSF: []string{}, GDPR: []string{}},
	}
	if f.Line == 0 && f.Page == 0 && f.Cell == "" {
		f.Line = 1
	}
	return f
}
