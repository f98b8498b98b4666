// Package suppress waives findings that the policy authors have reviewed
// and accepted, and records why.
//
// A waiver comes from one of two places. An inline directive is an HTML
// comment in a Markdown file:
//
//	<!-- soc2lint-disable rule-id: reason -->       the next block only
//	<!-- soc2lint-disable-file rule-id: reason -->  the whole file
//
// A config entry is an item of the configuration's `suppress:` list, with a
// rule id, an optional file glob and a reason. Every waiver needs a reason,
// and a directive without one, or naming a rule that does not exist, becomes
// a finding of rule suppression-invalid.
//
// Suppressed findings are marked, not removed: reporters decide whether to
// show them, and nothing counts them toward the exit code or coverage.
package suppress
