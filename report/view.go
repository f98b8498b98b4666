package report

import (
	"cmp"
	"slices"
	"strings"

	"github.com/soc2lint/soc2lint/criteria"
	"github.com/soc2lint/soc2lint/finding"
	"github.com/soc2lint/soc2lint/model"
)

// maxLocations bounds how many findings the remediation plan lists under one
// rule; the rest are counted.
const maxLocations = 20

// readinessView is the content of the readiness report in one language. The
// HTML and Markdown writers render the same view, so both show the same
// facts.
type readinessView struct {
	Lang string

	Organization string
	AsOf         string
	Tool         string
	Categories   string
	AuditType    string
	Type2        bool
	Period       string
	Documents    []documentRow

	Overall     scoreRow
	Scores      []scoreRow
	BandsText   string
	Severities  []severityCount
	Criteria    []criterionRow
	Evidence    evidenceView
	Remediation []remediationItem
	Footer      string
}

// scoreRow is the readiness of one category, or overall when Name is the
// overall label.
type scoreRow struct {
	Category  string
	Name      string
	Percent   int
	Band      string
	BandLabel string
	Met       int
	Partial   int
	Missing   int
	Criteria  int
}

// severityCount is the number of findings of one severity.
type severityCount struct {
	Severity string
	Label    string
	Count    int
}

// criterionRow is one in-scope criterion with what addresses it and what is
// against it.
type criterionRow struct {
	ID          string
	Title       string
	Status      string
	StatusLabel string
	Files       []string
	Findings    []ruleCount
	ISO27001    []string
	NISTCSF     []string
	GDPR        []string
}

// ruleCount is how many findings of one rule are against a criterion.
type ruleCount struct {
	RuleID        string
	Severity      string
	SeverityLabel string
	Count         int
}

// findingRow is one finding as a line of a list.
type findingRow struct {
	RuleID        string
	Severity      string
	SeverityLabel string
	Location      string
	Message       string
}

// documentRow is one linted file.
type documentRow struct {
	File     string
	Format   string
	Kind     string
	Language string
	Title    string
}

// evidenceView is the evidence section: what evidence exports were read,
// the findings on them, and for Type II the criteria no export addresses.
type evidenceView struct {
	Intro       string
	Exports     []documentRow
	Findings    []findingRow
	ShowMissing bool
	Missing     []missingEvidence
}

// missingEvidence is an in-scope criterion that no evidence export
// addresses, with the artifacts the criteria catalog lists for it.
type missingEvidence struct {
	ID       string
	Title    string
	Expected []string
}

// remediationItem is every finding of one rule, with how to fix it.
type remediationItem struct {
	RuleID        string
	Title         string
	Severity      string
	SeverityLabel string
	Count         int
	Corpus        bool
	Criteria      []string
	Remediation   string
	Where         []findingRow
	More          int
}

// buildView assembles the readiness view of r in the language of cat.
func buildView(r *Report, cat catalog) readinessView {
	v := readinessView{
		Lang:         cat.lang,
		Organization: cmp.Or(r.Scope.Organization, cat.label("meta.unnamed")),
		AsOf:         r.AsOf,
		Tool:         strings.TrimSpace(r.Tool.Name + " " + r.Tool.Version),
		Categories:   categoryNames(r.Scope.Categories, cat),
		AuditType:    cat.label("audit." + r.Scope.AuditType),
		Type2:        r.Scope.AuditType == "type2",
		Period:       periodText(r.Scope.Period, cat),
	}

	for _, doc := range r.Documents {
		v.Documents = append(v.Documents, documentView(doc, cat))
	}

	readiness := ComputeReadiness(r)
	v.Overall = scoreView(readiness.Overall, cat.label("readiness.overall"), cat)
	for _, s := range readiness.Categories {
		v.Scores = append(v.Scores, scoreView(s, cat.label("category."+s.Category), cat))
	}
	v.BandsText = cat.formatLabel("readiness.bands", bandReady, bandGaps, bandReady-1, bandGaps)

	v.Severities = severityCounts(r.Findings, cat)
	v.Criteria = criterionRows(r, cat)
	v.Evidence = evidenceSection(r, cat, v.Type2, v.Period)
	v.Remediation = remediationPlan(r, cat)
	v.Footer = cat.formatLabel("footer", r.Tool.Name, r.Tool.Version, r.AsOf, v.Categories, v.AuditType)
	return v
}

func scoreView(s Score, name string, cat catalog) scoreRow {
	return scoreRow{
		Category:  s.Category,
		Name:      name,
		Percent:   s.Percent(),
		Band:      s.Band(),
		BandLabel: cat.label("band." + s.Band()),
		Met:       s.Met,
		Partial:   s.Partial,
		Missing:   s.Missing,
		Criteria:  s.Criteria(),
	}
}

func categoryNames(categories []string, cat catalog) string {
	names := make([]string, 0, len(categories))
	for _, category := range categories {
		names = append(names, cat.label("category."+category))
	}
	return strings.Join(names, ", ")
}

func periodText(p Period, cat catalog) string {
	if p.Start == "" && p.End == "" {
		return cat.label("meta.period_unset")
	}
	return cmp.Or(p.Start, "…") + " – " + cmp.Or(p.End, "…")
}

func documentView(doc Document, cat catalog) documentRow {
	return documentRow{
		File:     doc.File,
		Format:   doc.Format,
		Kind:     cat.label("kind." + cmp.Or(doc.Kind, "unread")),
		Language: cat.label("language." + cmp.Or(doc.Language, "unknown")),
		Title:    doc.Title,
	}
}

// severityCounts counts findings of each severity, strongest first. Every
// severity is listed, with a zero count when it has no findings.
func severityCounts(findings []finding.Finding, cat catalog) []severityCount {
	counts := []severityCount{
		{Severity: finding.SeverityError},
		{Severity: finding.SeverityWarning},
		{Severity: finding.SeverityInfo},
	}
	for _, f := range findings {
		if rank := finding.Rank(f.Severity); rank < len(counts) {
			counts[rank].Count++
		}
	}
	for i := range counts {
		counts[i].Label = cat.label("severity." + counts[i].Severity)
	}
	return counts
}

// criterionRows lists the in-scope criteria in catalog order.
func criterionRows(r *Report, cat catalog) []criterionRow {
	byCriterion := map[string]map[string]*ruleCount{}
	for _, f := range r.Findings {
		for _, id := range f.Criteria {
			rules := byCriterion[id]
			if rules == nil {
				rules = map[string]*ruleCount{}
				byCriterion[id] = rules
			}
			count := rules[f.RuleID]
			if count == nil {
				count = &ruleCount{RuleID: f.RuleID, Severity: f.Severity}
				rules[f.RuleID] = count
			}
			count.Count++
			if finding.Rank(f.Severity) < finding.Rank(count.Severity) {
				count.Severity = f.Severity
			}
		}
	}

	var rows []criterionRow
	for _, c := range inScopeCoverage(r) {
		row := criterionRow{
			ID:          c.Criterion,
			Status:      c.Status,
			StatusLabel: cat.label("status." + c.Status),
			Files:       c.Files,
		}
		if info, ok := criteria.Lookup(c.Criterion); ok {
			row.Title = criterionTitle(info, cat.lang)
			row.ISO27001 = info.Mappings.ISO27001
			row.NISTCSF = info.Mappings.NISTCSF
			row.GDPR = info.Mappings.GDPR
		}

		for _, count := range byCriterion[c.Criterion] {
			count.SeverityLabel = cat.label("severity." + count.Severity)
			row.Findings = append(row.Findings, *count)
		}
		slices.SortFunc(row.Findings, func(a, b ruleCount) int {
			return cmp.Or(cmp.Compare(finding.Rank(a.Severity), finding.Rank(b.Severity)), strings.Compare(a.RuleID, b.RuleID))
		})
		rows = append(rows, row)
	}
	return rows
}

// inScopeCoverage returns the coverage entries of in-scope criteria, in the
// order of r.Coverage.
func inScopeCoverage(r *Report) []Coverage {
	var out []Coverage
	for _, c := range r.Coverage {
		if c.Status != StatusNotApplicable && slices.Contains(r.Scope.Categories, c.Category) {
			out = append(out, c)
		}
	}
	return out
}

func criterionTitle(c criteria.Criterion, lang string) string {
	if lang == "es" && c.TitleES != "" {
		return c.TitleES
	}
	return c.Title
}

// evidenceSection collects the evidence exports (documents of kind
// evidence), the findings on them or from evidence- rules, and for a Type II
// audit the in-scope criteria that no evidence export addresses.
func evidenceSection(r *Report, cat catalog, type2 bool, period string) evidenceView {
	var v evidenceView
	switch {
	case !type2:
		v.Intro = cat.label("evidence.type1")
	case r.Scope.Period.Start == "" && r.Scope.Period.End == "":
		v.Intro = cat.label("evidence.type2_noperiod")
	default:
		v.Intro = cat.formatLabel("evidence.type2", period)
	}

	exports := map[string]bool{}
	for _, doc := range r.Documents {
		if doc.Kind == model.KindEvidence {
			exports[doc.File] = true
			v.Exports = append(v.Exports, documentView(doc, cat))
		}
	}

	for _, f := range r.Findings {
		if strings.HasPrefix(f.RuleID, "evidence-") || exports[f.File] {
			v.Findings = append(v.Findings, findingView(f, cat))
		}
	}

	if !type2 {
		return v
	}
	v.ShowMissing = true
	for _, c := range inScopeCoverage(r) {
		if slices.ContainsFunc(c.Files, func(file string) bool { return exports[file] }) {
			continue
		}
		missing := missingEvidence{ID: c.Criterion}
		if info, ok := criteria.Lookup(c.Criterion); ok {
			missing.Title = criterionTitle(info, cat.lang)
			missing.Expected = info.Evidence
			if cat.lang == "es" && len(info.EvidenceES) > 0 {
				missing.Expected = info.EvidenceES
			}
		}
		v.Missing = append(v.Missing, missing)
	}
	return v
}

func findingView(f finding.Finding, cat catalog) findingRow {
	where := cat.label("remediation.corpus")
	if f.File != "" {
		where = location(f)
	}
	return findingRow{
		RuleID:        f.RuleID,
		Severity:      f.Severity,
		SeverityLabel: cat.label("severity." + f.Severity),
		Location:      where,
		Message:       f.Message,
	}
}

// remediationPlan groups findings by rule and orders the groups: stronger
// severity first, then corpus-level gaps (a policy missing from the whole
// set) before gaps in one document, then more findings first, then rule id.
func remediationPlan(r *Report, cat catalog) []remediationItem {
	rules := map[string]Rule{}
	for _, rule := range r.Rules {
		rules[rule.ID] = rule
	}

	groups := map[string]*remediationItem{}
	var order []string
	for _, f := range r.Findings {
		item := groups[f.RuleID]
		if item == nil {
			rule := rules[f.RuleID]
			item = &remediationItem{
				RuleID:      f.RuleID,
				Title:       cmp.Or(rule.Title, f.Title, f.RuleID),
				Severity:    f.Severity,
				Remediation: cmp.Or(f.Remediation, rule.Remediation),
			}
			groups[f.RuleID] = item
			order = append(order, f.RuleID)
		}

		item.Count++
		if f.File == "" {
			item.Corpus = true
		}
		if finding.Rank(f.Severity) < finding.Rank(item.Severity) {
			item.Severity = f.Severity
		}
		if item.Remediation == "" {
			item.Remediation = f.Remediation
		}
		for _, id := range f.Criteria {
			if !slices.Contains(item.Criteria, id) {
				item.Criteria = append(item.Criteria, id)
			}
		}
		if len(item.Where) < maxLocations {
			item.Where = append(item.Where, findingView(f, cat))
		} else {
			item.More++
		}
	}

	plan := make([]remediationItem, 0, len(order))
	for _, id := range order {
		item := groups[id]
		item.SeverityLabel = cat.label("severity." + item.Severity)
		plan = append(plan, *item)
	}
	slices.SortStableFunc(plan, func(a, b remediationItem) int {
		return cmp.Or(
			cmp.Compare(finding.Rank(a.Severity), finding.Rank(b.Severity)),
			compareBool(a.Corpus, b.Corpus),
			cmp.Compare(b.Count, a.Count),
			strings.Compare(a.RuleID, b.RuleID),
		)
	})
	return plan
}

// compareBool orders true before false.
func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return -1
	}
	return 1
}
