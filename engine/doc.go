// Package engine compiles the Rego rules once per run and evaluates them:
// every document rule against every document in a worker pool, then every
// corpus rule once against all documents together.
//
// Rules are Rego v1 packages under data.soc2lint.rules (document rules) and
// data.soc2lint.corpus (corpus rules) that define a `deny` set of violations
// and carry a package-scope METADATA block. The engine turns each violation
// into a finding.Finding, taking the rule id, title, severity, criteria,
// remediation and mappings from that METADATA, so rules never repeat them.
package engine
