package lint

import (
	"slices"

	"github.com/soc2lint/soc2lint/config"
	"github.com/soc2lint/soc2lint/criteria"
	"github.com/soc2lint/soc2lint/dates"
	"github.com/soc2lint/soc2lint/discover"
	"github.com/soc2lint/soc2lint/finding"
	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/report"
)

// ToolName is the name written in reports.
const ToolName = "soc2lint"

// buildReport assembles the report of a run.
func buildReport(cfg *config.Config, version string, docs []*model.Document, files []discover.File,
	findings []finding.Finding, supports map[string][]string) *report.Report {

	r := &report.Report{
		Schema: report.Schema,
		Tool:   report.Tool{Name: ToolName, Version: version},
		AsOf:   dates.Format(cfg.AsOfDate()),
		Lang:   cfg.Lang,
		Scope: report.Scope{
			Organization: cfg.Organization,
			Categories:   cfg.Scope.Categories,
			AuditType:    cfg.Scope.AuditType,
			Period:       report.Period{Start: cfg.Scope.Period.Start, End: cfg.Scope.Period.End},
		},
		Findings: findings,
	}
	if r.Findings == nil {
		r.Findings = []finding.Finding{}
	}

	parsed := map[string]*model.Document{}
	for _, doc := range docs {
		parsed[doc.File] = doc
	}
	for _, file := range files {
		entry := report.Document{File: file.Rel, Format: file.Format}
		if doc := parsed[file.Rel]; doc != nil {
			entry.Kind, entry.Title, entry.Language = doc.Kind, doc.Title, doc.Language
		}
		r.Documents = append(r.Documents, entry)
	}

	r.Coverage = coverage(cfg, findings, supports)
	r.Count()
	return r
}

// coverage gives every criterion a status: not_applicable outside the scope,
// missing when no document addresses it, partial when one does but an error
// or warning finding is against it, and met otherwise.
func coverage(cfg *config.Config, findings []finding.Finding, supports map[string][]string) []report.Coverage {
	against := map[string]int{}
	rulesAgainst := map[string][]string{}
	blocking := map[string]bool{}
	for _, f := range findings {
		if f.Suppressed() {
			// A waived finding was accepted by the policy owner, so it
			// neither counts against the criterion nor makes it partial.
			continue
		}
		for _, criterion := range f.Criteria {
			against[criterion]++
			if !slices.Contains(rulesAgainst[criterion], f.RuleID) {
				rulesAgainst[criterion] = append(rulesAgainst[criterion], f.RuleID)
			}
			if finding.AtLeast(f.Severity, finding.SeverityWarning) {
				blocking[criterion] = true
			}
		}
	}

	var out []report.Coverage
	for _, c := range criteria.All() {
		entry := report.Coverage{
			Criterion: c.ID,
			Category:  c.Category,
			Files:     append([]string{}, supports[c.ID]...),
			Findings:  against[c.ID],
			Rules:     append([]string{}, rulesAgainst[c.ID]...),
		}
		slices.Sort(entry.Rules)
		switch {
		case !cfg.InScope(c.Category):
			entry.Status = report.StatusNotApplicable
		case len(entry.Files) == 0:
			entry.Status = report.StatusMissing
		case blocking[c.ID]:
			entry.Status = report.StatusPartial
		default:
			entry.Status = report.StatusMet
		}
		out = append(out, entry)
	}
	return out
}
