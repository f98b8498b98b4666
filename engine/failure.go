package engine

import (
	"fmt"
	"maps"
	"strings"

	"github.com/soc2lint/soc2lint/finding"
)

// Ids of the findings that the engine reports about a rule it could not
// evaluate. Each is an error: the rule's result on that file is unknown.
const (
	// RuleErrorID is a rule that failed with an evaluation error or
	// returned a malformed violation.
	RuleErrorID = "rule-error"

	// RuleTimeoutID is the rule id of findings about a rule that ran out of
	// time on a document.
	RuleTimeoutID = "rule-timeout"

	// RuleMemoryID is a rule that the memory guard stopped because the
	// process heap passed limits.max_memory_bytes while it ran.
	RuleMemoryID = "rule-memory"

	// RuleSkippedID is a rule that was not run on a document because it had
	// already timed out or been stopped for memory on another document.
	RuleSkippedID = "rule-skipped"
)

// Remediations of the findings above, by reason.
var (
	timeoutRemediation = map[string]string{
		"en": "Fix the rule, raise limits.timeout_seconds, or disable the rule in .soc2lint.yaml.",
		"es": "Corrija la regla, aumente limits.timeout_seconds o desactive la regla en .soc2lint.yaml.",
	}
	memoryRemediation = map[string]string{
		"en": "Make the rule build smaller collections, raise limits.max_memory_bytes, or disable the rule in .soc2lint.yaml.",
		"es": "Haga que la regla construya colecciones más pequeñas, aumente limits.max_memory_bytes o desactive la regla en .soc2lint.yaml.",
	}
)

// failure reports a rule that could not be evaluated on file ("" for a
// corpus rule): a timeout, a stop by the memory guard, or another error.
func (e *Engine) failure(rule Rule, file string, err error, reason stopReason) finding.Finding {
	where, whereES := "on this file", "con este archivo"
	if file == "" {
		where, whereES = "on the document set", "con el conjunto de documentos"
	}

	id := RuleErrorID
	message := fmt.Sprintf("rule %s failed %s: %v", rule.ID, where, err)
	messageES := fmt.Sprintf("la regla %s falló en %s: %v", rule.ID, strings.TrimPrefix(whereES, "con "), err)
	remediation := timeoutRemediation

	switch reason {
	case stopTimeout:
		id = RuleTimeoutID
		message = fmt.Sprintf("rule %s did not finish within %s %s; its result is unknown", rule.ID, e.timeout, where)
		messageES = fmt.Sprintf("la regla %s no terminó en %s %s; su resultado se desconoce", rule.ID, e.timeout, whereES)
	case stopMemory:
		limit := formatBytes(e.guard.limit)
		id = RuleMemoryID
		message = fmt.Sprintf("rule %s was stopped %s because the process heap passed %s (limits.max_memory_bytes) while it ran; its result is unknown", rule.ID, where, limit)
		messageES = fmt.Sprintf("la regla %s se detuvo %s porque la memoria del proceso superó %s (limits.max_memory_bytes) mientras se ejecutaba; su resultado se desconoce", rule.ID, whereES, limit)
		remediation = memoryRemediation
	}

	return engineFinding(id, "Rule could not be evaluated", file, message, messageES, remediation)
}

// skipped reports a rule that was not run on file because it stopped on
// another file first, as t records.
func (e *Engine) skipped(rule Rule, file string, t trip) finding.Finding {
	message := fmt.Sprintf("rule %s was not run on this file because it timed out on %s; its result is unknown", rule.ID, t.file)
	messageES := fmt.Sprintf("la regla %s no se ejecutó con este archivo porque superó el tiempo límite con %s; su resultado se desconoce", rule.ID, t.file)
	remediation := timeoutRemediation

	if t.reason == stopMemory {
		limit := formatBytes(e.guard.limit)
		message = fmt.Sprintf("rule %s was not run on this file because the process heap passed %s (limits.max_memory_bytes) while it ran on %s; its result is unknown", rule.ID, limit, t.file)
		messageES = fmt.Sprintf("la regla %s no se ejecutó con este archivo porque la memoria del proceso superó %s (limits.max_memory_bytes) mientras se ejecutaba con %s; su resultado se desconoce", rule.ID, limit, t.file)
		remediation = memoryRemediation
	}

	return engineFinding(RuleSkippedID, "Rule skipped after it stopped on another file", file, message, messageES, remediation)
}

// engineFinding builds an error finding that the engine raises about a
// rule rather than one that a rule returns.
func engineFinding(id, title, file, message, messageES string, remediation map[string]string) finding.Finding {
	f := finding.Finding{
		RuleID:       id,
		Title:        title,
		Criteria:     []string{},
		Severity:     finding.SeverityError,
		Messages:     map[string]string{"en": message, "es": messageES},
		File:         file,
		Remediations: maps.Clone(remediation),
		Mappings:     finding.Mappings{ISO27001: []string{}, NISTCSF: []string{}, GDPR: []string{}},
	}
	if file != "" {
		f.Line = 1
	}
	f.Localize("en")
	return f
}
