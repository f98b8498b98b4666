package suppress

import "github.com/soc2lint/soc2lint/finding"

// RuleInvalid is the rule id of a directive or config entry that cannot be
// applied. Its findings are never suppressed themselves.
const RuleInvalid = "suppression-invalid"

// Metadata of RuleInvalid, for rule listings and SARIF.
var (
	InvalidTitles = map[string]string{
		"en": "Suppression cannot be applied",
		"es": "La supresión no se puede aplicar",
	}

	InvalidDescription = "An inline soc2lint-disable directive or a suppress entry of the configuration " +
		"lacks a reason, names a rule that does not exist, or covers no text. Such a waiver is ignored, " +
		"so the findings it meant to waive still count."

	InvalidRemediations = map[string]string{
		"en": "Write the directive as <!-- soc2lint-disable rule-id: reason --> on the line above the block it waives, " +
			"or <!-- soc2lint-disable-file rule-id: reason --> for the whole file, with a rule id from `soc2lint rules`.",
		"es": "Escriba la directiva como <!-- soc2lint-disable id-de-regla: motivo --> en la línea anterior al bloque que suprime, " +
			"o <!-- soc2lint-disable-file id-de-regla: motivo --> para todo el archivo, con un id de regla de `soc2lint rules`.",
	}
)

// invalidFinding turns a Problem into a warning without criteria: a bad
// waiver is a defect of the linting setup, not a control gap.
func invalidFinding(file string, problem Problem) finding.Finding {
	f := finding.Finding{
		RuleID:       RuleInvalid,
		Title:        InvalidTitles["en"],
		Criteria:     []string{},
		Severity:     finding.SeverityWarning,
		Message:      problem.Messages["en"],
		Messages:     problem.Messages,
		File:         file,
		Line:         problem.Line,
		Remediation:  InvalidRemediations["en"],
		Remediations: InvalidRemediations,
		Mappings:     finding.Mappings{ISO27001: []string{}, NISTCSF: []string{}, GDPR: []string{}},
	}
	if file == "" {
		// A config entry's line is in the configuration file, which is
		// named in the message; the finding itself has no line.
		f.Line = 0
	}
	return f
}
