// Package baseline narrows a report to the findings that are new compared
// with a previous state of the policies, so that a pull request is judged on
// what it changes rather than on the debt it inherits.
//
// The previous state is either a JSON report written earlier by
// `soc2lint lint --format json` (Load) or the policies at a Git revision,
// which Materialize extracts into a temporary folder for a second lint run.
// Filter matches findings by report.Fingerprint: the rule, file, criteria
// and message with numbers removed, so a finding whose line moved is not
// new.
package baseline
