// Package evidence recognizes tabular evidence exports (access reviews,
// training completions, vulnerability findings, change tickets, leavers,
// restore tests, incidents, scanner results) from their headers, types their
// cells, and evaluates the evidence rules over their rows.
//
// Recognition scores each header against the synonyms of every field of
// every type, in English and Spanish, and keeps the first table whose
// required fields all match. A `.soc2lint.yaml` `evidence:` entry can force
// the type and the columns of a file.
//
// Rows are typed as they stream from the CSV and XLSX parsers: dates become
// ISO 8601 text, booleans bool, severities one of critical, high, medium,
// low or info, and people trimmed text. Evaluate feeds the rows to the Rego
// rules under soc2lint.rules.evidence in chunks of ChunkSize records and
// builds a compact Summary (distinct dates, delay histograms) for the
// set-level checks, so a million-row export is never held in memory.
package evidence
