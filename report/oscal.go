package report

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"

	"github.com/google/uuid"

	"github.com/soc2lint/soc2lint/criteria"
	"github.com/soc2lint/soc2lint/finding"
)

// OSCAL model identifiers.
const (
	// oscalVersion is the OSCAL model version the output follows; the
	// schema test validates against the assessment-results schema of that
	// release.
	oscalVersion = "1.0.4"

	// oscalNamespace qualifies soc2lint's property names, which are not
	// part of the OSCAL vocabulary.
	oscalNamespace = "https://github.com/soc2lint/soc2lint/ns/oscal"
)

// oscalUUIDSpace is the name space of every UUID in the output. UUIDs are
// version 5 (SHA-1, name-based) over a name built from what they identify,
// so two runs over the same policies write the same document.
var oscalUUIDSpace = uuid.NewSHA1(uuid.NameSpaceURL, []byte(informationURI))

// OSCAL writes NIST OSCAL assessment-results JSON (model version 1.0.4).
// Its one result lists the in-scope criteria as reviewed controls, has one
// observation per linted document and per finding, and has one OSCAL
// finding per in-scope criterion. A criterion that is met is "satisfied",
// and a partial or missing one is "not-satisfied".
type OSCAL struct{}

type oscalDocument struct {
	AssessmentResults oscalAssessmentResults `json:"assessment-results"`
}

type oscalAssessmentResults struct {
	UUID       string          `json:"uuid"`
	Metadata   oscalMetadata   `json:"metadata"`
	ImportAP   oscalImportAP   `json:"import-ap"`
	Results    []oscalResult   `json:"results"`
	BackMatter oscalBackMatter `json:"back-matter"`
}

type oscalMetadata struct {
	Title        string      `json:"title"`
	LastModified string      `json:"last-modified"`
	Version      string      `json:"version"`
	OSCALVersion string      `json:"oscal-version"`
	Props        []oscalProp `json:"props,omitempty"`
}

type oscalImportAP struct {
	Href    string `json:"href"`
	Remarks string `json:"remarks,omitempty"`
}

type oscalResult struct {
	UUID             string                `json:"uuid"`
	Title            string                `json:"title"`
	Description      string                `json:"description"`
	Start            string                `json:"start"`
	Props            []oscalProp           `json:"props,omitempty"`
	ReviewedControls oscalReviewedControls `json:"reviewed-controls"`
	Observations     []oscalObservation    `json:"observations,omitempty"`
	Findings         []oscalFinding        `json:"findings,omitempty"`
}

type oscalReviewedControls struct {
	ControlSelections []oscalControlSelection `json:"control-selections"`
}

type oscalControlSelection struct {
	Description     string             `json:"description"`
	IncludeControls []oscalControlByID `json:"include-controls,omitempty"`
}

type oscalControlByID struct {
	ControlID string `json:"control-id"`
}

type oscalObservation struct {
	UUID             string          `json:"uuid"`
	Title            string          `json:"title"`
	Description      string          `json:"description"`
	Props            []oscalProp     `json:"props,omitempty"`
	Methods          []string        `json:"methods"`
	Types            []string        `json:"types,omitempty"`
	Subjects         []oscalSubject  `json:"subjects,omitempty"`
	RelevantEvidence []oscalEvidence `json:"relevant-evidence,omitempty"`
	Collected        string          `json:"collected"`
	Remarks          string          `json:"remarks,omitempty"`
}

type oscalSubject struct {
	SubjectUUID string `json:"subject-uuid"`
	Type        string `json:"type"`
	Title       string `json:"title,omitempty"`
}

type oscalEvidence struct {
	Href        string `json:"href,omitempty"`
	Description string `json:"description"`
}

type oscalFinding struct {
	UUID                string                    `json:"uuid"`
	Title               string                    `json:"title"`
	Description         string                    `json:"description"`
	Target              oscalTarget               `json:"target"`
	RelatedObservations []oscalRelatedObservation `json:"related-observations,omitempty"`
}

type oscalTarget struct {
	Type     string      `json:"type"`
	TargetID string      `json:"target-id"`
	Props    []oscalProp `json:"props,omitempty"`
	Status   oscalStatus `json:"status"`
}

type oscalStatus struct {
	State  string `json:"state"`
	Reason string `json:"reason,omitempty"`
}

type oscalRelatedObservation struct {
	ObservationUUID string `json:"observation-uuid"`
}

type oscalProp struct {
	Name  string `json:"name"`
	NS    string `json:"ns,omitempty"`
	Value string `json:"value"`
}

type oscalBackMatter struct {
	Resources []oscalResource `json:"resources,omitempty"`
}

type oscalResource struct {
	UUID        string      `json:"uuid"`
	Title       string      `json:"title,omitempty"`
	Description string      `json:"description,omitempty"`
	Props       []oscalProp `json:"props,omitempty"`
	RLinks      []oscalLink `json:"rlinks,omitempty"`
}

type oscalLink struct {
	Href string `json:"href"`
}

// Write encodes r as an OSCAL assessment-results document.
func (OSCAL) Write(w io.Writer, r *Report) error {
	timestamp := oscalTimestamp(r.AsOf)
	resources, resourceIDs := oscalResources(r)

	observations, docObservation, findingObservations := oscalObservations(r, timestamp, resourceIDs)

	result := oscalResult{
		UUID:  oscalUUID("result", r.Scope.Organization, r.AsOf),
		Title: "soc2lint review of policies and evidence as of " + r.AsOf,
		Description: fmt.Sprintf("Automated review of %d documents against the Trust Services Criteria of the categories in scope (%s). "+
			"Each finding below is one criterion; its state follows soc2lint's coverage status.",
			len(r.Documents), strings.Join(r.Scope.Categories, ", ")),
		Start:            timestamp,
		Props:            oscalResultProps(r),
		ReviewedControls: oscalReviewed(r),
		Observations:     observations,
		Findings:         oscalFindings(r, docObservation, findingObservations),
	}

	doc := oscalDocument{AssessmentResults: oscalAssessmentResults{
		UUID: oscalUUID("assessment-results", r.Scope.Organization, r.AsOf),
		Metadata: oscalMetadata{
			Title:        oscalTitle(r),
			LastModified: timestamp,
			Version:      oscalToken(r.Tool.Version, "unversioned"),
			OSCALVersion: oscalVersion,
			Props:        []oscalProp{{Name: "tool", NS: oscalNamespace, Value: oscalToken(r.Tool.Name, "soc2lint")}},
		},
		ImportAP: oscalImportAP{
			// The schema requires import-ap, but a lint run has no OSCAL
			// assessment plan. The href points at a back-matter resource
			// stating this, which keeps the document self-contained and
			// valid instead of naming a file that does not exist.
			Href:    "#" + oscalUUID("resource", "assessment-plan"),
			Remarks: "No OSCAL assessment plan governs this run; the referenced back-matter resource describes the automated review that took its place.",
		},
		Results:    []oscalResult{result},
		BackMatter: oscalBackMatter{Resources: resources},
	}}

	encoder := json.NewEncoder(w)
	encoder.SetIndent("", "  ")
	encoder.SetEscapeHTML(false)
	if err := encoder.Encode(doc); err != nil {
		return fmt.Errorf("writing OSCAL report: %w", err)
	}
	return nil
}

// oscalResources returns the back-matter resources, the placeholder plan
// first and then one per linted document, with each document's UUID.
func oscalResources(r *Report) ([]oscalResource, map[string]string) {
	resources := []oscalResource{{
		UUID:  oscalUUID("resource", "assessment-plan"),
		Title: "Automated policy review (no OSCAL assessment plan)",
		Description: "soc2lint evaluated the documents listed in this back matter with its built-in rules. " +
			"Its scope came from the soc2lint configuration, not from an OSCAL assessment plan.",
	}}

	ids := map[string]string{}
	for _, doc := range r.Documents {
		id := oscalUUID("resource", "document", doc.File)
		ids[doc.File] = id

		title := doc.Title
		if title == "" {
			title = doc.File
		}
		var props []oscalProp
		for _, prop := range [][2]string{{"format", doc.Format}, {"kind", doc.Kind}, {"language", doc.Language}} {
			if value := oscalValue(prop[1]); value != "" {
				props = append(props, oscalProp{Name: prop[0], NS: oscalNamespace, Value: value})
			}
		}
		resources = append(resources, oscalResource{
			UUID:   id,
			Title:  title,
			Props:  props,
			RLinks: []oscalLink{{Href: oscalHref(doc.File)}},
		})
	}
	return resources, ids
}

// oscalObservations returns one observation per document and one per
// finding, with the observation UUID of each document (by file) and of each
// finding (by index in r.Findings).
func oscalObservations(r *Report, timestamp string, resourceIDs map[string]string) ([]oscalObservation, map[string]string, []string) {
	var observations []oscalObservation
	byDocument := map[string]string{}

	for _, doc := range r.Documents {
		id := oscalUUID("observation", "document", doc.File)
		byDocument[doc.File] = id
		observations = append(observations, oscalObservation{
			UUID:        id,
			Title:       "Examined " + doc.File,
			Description: fmt.Sprintf("soc2lint read %s and evaluated its rules against it.", doc.File),
			Methods:     []string{"EXAMINE"},
			Subjects:    []oscalSubject{{SubjectUUID: resourceIDs[doc.File], Type: "resource", Title: doc.File}},
			RelevantEvidence: []oscalEvidence{{
				Href:        "#" + resourceIDs[doc.File],
				Description: doc.File,
			}},
			Collected: timestamp,
		})
	}

	// Findings that share a fingerprint (the same message twice in one
	// file) are distinguished by their occurrence number.
	occurrences := map[string]int{}
	byFinding := make([]string, len(r.Findings))
	for i, f := range r.Findings {
		fingerprint := Fingerprint(f)
		occurrences[fingerprint]++
		id := oscalUUID("observation", "finding", fingerprint, strconv.Itoa(occurrences[fingerprint]))
		byFinding[i] = id
		observations = append(observations, oscalFindingObservation(f, id, fingerprint, timestamp, resourceIDs))
	}
	return observations, byDocument, byFinding
}

func oscalFindingObservation(f finding.Finding, id, fingerprint, timestamp string, resourceIDs map[string]string) oscalObservation {
	props := []oscalProp{
		{Name: "rule-id", NS: oscalNamespace, Value: f.RuleID},
		{Name: "severity", NS: oscalNamespace, Value: oscalToken(f.Severity, "info")},
		{Name: "fingerprint", NS: oscalNamespace, Value: fingerprint},
	}
	if f.Line > 0 {
		props = append(props, oscalProp{Name: "line", NS: oscalNamespace, Value: strconv.Itoa(f.Line)})
	}

	observation := oscalObservation{
		UUID:        id,
		Title:       fmt.Sprintf("[%s] %s", f.RuleID, strings.Join(f.Criteria, ",")),
		Description: f.Message,
		Props:       props,
		Methods:     []string{"EXAMINE"},
		Types:       []string{"finding"},
		Collected:   timestamp,
	}

	if f.File == "" {
		observation.RelevantEvidence = []oscalEvidence{{Description: "the policy set as a whole"}}
	} else {
		observation.RelevantEvidence = []oscalEvidence{{Href: oscalHref(f.File), Description: location(f)}}
		if resource, ok := resourceIDs[f.File]; ok {
			observation.Subjects = []oscalSubject{{SubjectUUID: resource, Type: "resource", Title: f.File}}
		}
	}

	if f.Remediation != "" {
		observation.Remarks = "How to fix: " + f.Remediation
	}
	if s := f.Suppression; s != nil {
		observation.Props = append(observation.Props, oscalProp{Name: "suppressed", NS: oscalNamespace, Value: s.Source})
		observation.Remarks = strings.TrimSpace(fmt.Sprintf("Suppressed (%s, line %d): %s\n\n%s", s.Source, s.Line, s.Reason, observation.Remarks))
	}
	return observation
}

// oscalFindings returns one OSCAL finding per in-scope criterion.
func oscalFindings(r *Report, byDocument map[string]string, byFinding []string) []oscalFinding {
	var out []oscalFinding
	for _, c := range r.Coverage {
		if c.Status == StatusNotApplicable {
			continue
		}

		var related []oscalRelatedObservation
		for _, file := range c.Files {
			if id, ok := byDocument[file]; ok {
				related = append(related, oscalRelatedObservation{ObservationUUID: id})
			}
		}
		for i, f := range r.Findings {
			if containsCriterion(f.Criteria, c.Criterion) {
				related = append(related, oscalRelatedObservation{ObservationUUID: byFinding[i]})
			}
		}

		state, reason := "not-satisfied", "fail"
		if c.Status == StatusMet {
			state, reason = "satisfied", "pass"
		}

		title := c.Criterion
		if known, ok := criteria.Lookup(c.Criterion); ok {
			title = c.Criterion + " " + known.Title
		}

		out = append(out, oscalFinding{
			UUID:        oscalUUID("finding", c.Criterion),
			Title:       title,
			Description: oscalCoverageText(c),
			Target: oscalTarget{
				Type:     "objective-id",
				TargetID: oscalControlID(c.Criterion),
				Props:    []oscalProp{{Name: "coverage-status", NS: oscalNamespace, Value: c.Status}},
				Status:   oscalStatus{State: state, Reason: reason},
			},
			RelatedObservations: related,
		})
	}
	return out
}

// oscalCoverageText explains a criterion's status in one or two sentences.
func oscalCoverageText(c Coverage) string {
	switch c.Status {
	case StatusMet:
		return fmt.Sprintf("Addressed by %s, with no open error or warning finding.", strings.Join(c.Files, ", "))
	case StatusPartial:
		return fmt.Sprintf("Addressed by %s, but %d %s against the criterion include at least one error or warning.",
			strings.Join(c.Files, ", "), c.Findings, plural(c.Findings, "finding", "findings"))
	}
	return "No linted document addresses this criterion."
}

// oscalReviewed lists the in-scope criteria as the reviewed controls.
func oscalReviewed(r *Report) oscalReviewedControls {
	selection := oscalControlSelection{
		Description: "AICPA Trust Services Criteria of the categories in the audit scope: " + strings.Join(r.Scope.Categories, ", ") + ".",
	}
	for _, c := range r.Coverage {
		if c.Status != StatusNotApplicable {
			selection.IncludeControls = append(selection.IncludeControls, oscalControlByID{ControlID: oscalControlID(c.Criterion)})
		}
	}
	return oscalReviewedControls{ControlSelections: []oscalControlSelection{selection}}
}

func oscalResultProps(r *Report) []oscalProp {
	var props []oscalProp
	add := func(name, value string) {
		if value = oscalValue(value); value != "" {
			props = append(props, oscalProp{Name: name, NS: oscalNamespace, Value: value})
		}
	}

	add("audit-type", r.Scope.AuditType)
	add("period-start", r.Scope.Period.Start)
	add("period-end", r.Scope.Period.End)
	add("findings", strconv.Itoa(r.Summary.Findings))
	add("suppressed", strconv.Itoa(r.Summary.Suppressed))
	if b := r.Baseline; b != nil {
		add("baseline-mode", b.Mode)
		add("baseline-source", b.Source)
		add("baseline-new", strconv.Itoa(b.New))
		add("baseline-fixed", strconv.Itoa(b.Fixed))
	}
	return props
}

func oscalTitle(r *Report) string {
	if r.Scope.Organization == "" {
		return "SOC 2 policy assessment results"
	}
	return "SOC 2 policy assessment results: " + r.Scope.Organization
}

// oscalControlID turns a criterion id into an OSCAL control id, which by
// convention is lower case ("CC6.1" becomes "cc6.1").
func oscalControlID(criterion string) string {
	return strings.ToLower(criterion)
}

// oscalTimestamp turns the as-of date into an OSCAL date-time. The as-of
// date, not the wall clock, keeps the output identical across runs.
func oscalTimestamp(asOf string) string {
	if asOf == "" {
		return "1970-01-01T00:00:00Z"
	}
	return asOf + "T00:00:00Z"
}

// oscalHref turns a relative file path into a URI reference, escaping
// spaces and other characters a URI may not hold.
func oscalHref(file string) string {
	return (&url.URL{Path: file}).String()
}

// oscalValue collapses white space, since OSCAL string values may not start
// or end with it nor span lines.
func oscalValue(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// oscalToken returns s with white space collapsed, or fallback when empty.
func oscalToken(s, fallback string) string {
	if value := oscalValue(s); value != "" {
		return value
	}
	return fallback
}

// oscalUUID returns the version 5 UUID of the name made of parts.
func oscalUUID(parts ...string) string {
	return uuid.NewSHA1(oscalUUIDSpace, []byte(strings.Join(parts, "\x00"))).String()
}

func containsCriterion(list []string, id string) bool {
	for _, item := range list {
		if strings.EqualFold(item, id) {
			return true
		}
	}
	return false
}
