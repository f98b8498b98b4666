package baseline

import (
	"github.com/soc2lint/soc2lint/finding"
	"github.com/soc2lint/soc2lint/report"
)

// Filter keeps in current only the findings that previous does not have,
// records the comparison in current.Baseline and recounts the summary.
// Findings are compared as multisets: a finding that appears three times
// where the baseline had it twice is new once. Coverage is left as the
// current run computed it, because readiness depends on every finding, not
// only the new ones. mode is report.BaselineReport or
// report.BaselineRevision, and source the file or revision.
func Filter(current, previous *report.Report, mode, source string) {
	lang := previous.Lang
	if lang == "" {
		lang = "en"
	}

	unmatched := map[string]int{}
	for _, f := range previous.Findings {
		unmatched[key(f, lang)]++
	}

	kept := []finding.Finding{}
	newFindings := 0
	for _, f := range current.Findings {
		k := key(f, lang)
		if unmatched[k] > 0 {
			unmatched[k]--
			continue
		}
		kept = append(kept, f)
		if !f.Suppressed() {
			newFindings++
		}
	}

	stillThere := map[string]int{}
	for _, f := range current.Findings {
		stillThere[key(f, lang)]++
	}
	before, fixed := 0, 0
	for _, f := range previous.Findings {
		if f.Suppressed() {
			continue
		}
		before++
		k := key(f, lang)
		if stillThere[k] > 0 {
			stillThere[k]--
			continue
		}
		fixed++
	}

	current.Findings = kept
	current.Baseline = &report.Baseline{
		Mode:      mode,
		Source:    source,
		Findings:  before,
		New:       newFindings,
		Fixed:     fixed,
		Readiness: readiness(current.Scope.Categories, previous.Coverage, current.Coverage),
	}
	current.Count()
}

// key is the fingerprint of f with its message in lang. A report read from
// JSON keeps only the message of its own language, so the current findings
// are fingerprinted in that language too.
func key(f finding.Finding, lang string) string {
	if message := f.Messages[lang]; message != "" {
		f.Message = message
	}
	f.Messages = nil
	return report.Fingerprint(f)
}

// readiness counts coverage statuses per category, before and after.
func readiness(categories []string, before, after []report.Coverage) []report.Readiness {
	out := make([]report.Readiness, 0, len(categories))
	for _, category := range categories {
		out = append(out, report.Readiness{
			Category: category,
			Before:   countStatuses(before, category),
			After:    countStatuses(after, category),
		})
	}
	return out
}

func countStatuses(coverage []report.Coverage, category string) report.CoverageCounts {
	var counts report.CoverageCounts
	for _, c := range coverage {
		if c.Category != category {
			continue
		}
		switch c.Status {
		case report.StatusMet:
			counts.Met++
		case report.StatusPartial:
			counts.Partial++
		case report.StatusMissing:
			counts.Missing++
		}
	}
	return counts
}
