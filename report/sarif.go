package report

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/soc2lint/soc2lint/finding"
)

// SARIF 2.1.0 identifiers.
const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

	// fingerprintKey names the partial fingerprint; the "/v1" suffix is the
	// SARIF convention for versioning how a fingerprint is computed.
	fingerprintKey = "soc2lintFinding/v1"

	// informationURI is the project home shown by SARIF viewers.
	informationURI = "https://github.com/soc2lint/soc2lint"
)

// SARIF writes a SARIF 2.1.0 log with one run, for GitHub code scanning and
// other SARIF viewers.
type SARIF struct{}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	Results    []sarifResult `json:"results"`
	ColumnKind string        `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name,omitempty"`
	ShortDescription     sarifMessage   `json:"shortDescription"`
	FullDescription      *sarifMessage  `json:"fullDescription,omitempty"`
	Help                 *sarifHelp     `json:"help,omitempty"`
	DefaultConfiguration sarifRuleLevel `json:"defaultConfiguration"`
	Properties           map[string]any `json:"properties,omitempty"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRuleLevel struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          map[string]any    `json:"properties,omitempty"`

	// Suppressions is set on waived findings only (SARIF 2.1.0 section
	// 3.27.23); viewers such as GitHub code scanning then dismiss them.
	Suppressions []sarifSuppression `json:"suppressions,omitempty"`
}

// sarifSuppression is SARIF 2.1.0 section 3.35: kind "inSource" for a
// directive in the file, "external" for a configuration entry.
type sarifSuppression struct {
	Kind          string         `json:"kind"`
	Status        string         `json:"status"`
	Justification string         `json:"justification"`
	Properties    map[string]any `json:"properties,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation *sarifPhysicalLocation `json:"physicalLocation,omitempty"`
	LogicalLocations []sarifLogicalLocation `json:"logicalLocations,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine  int            `json:"startLine"`
	Properties map[string]any `json:"properties,omitempty"`
}

type sarifLogicalLocation struct {
	Name               string `json:"name,omitempty"`
	FullyQualifiedName string `json:"fullyQualifiedName,omitempty"`
	Kind               string `json:"kind,omitempty"`
}

// Write encodes r as SARIF.
func (SARIF) Write(w io.Writer, r *Report) error {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           r.Tool.Name,
			Version:        r.Tool.Version,
			InformationURI: informationURI,
			Rules:          []sarifRule{},
		}},
		Results:    []sarifResult{},
		ColumnKind: "unicodeCodePoints",
	}

	index := map[string]int{}
	for _, rule := range r.Rules {
		index[rule.ID] = len(run.Tool.Driver.Rules)
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleFrom(rule))
	}

	for _, f := range r.Findings {
		i, ok := index[f.RuleID]
		if !ok {
			// A finding from a rule the report does not describe (a rule
			// error) still needs a rule entry for ruleIndex to be valid.
			i = len(run.Tool.Driver.Rules)
			index[f.RuleID] = i
			run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRuleFrom(Rule{
				ID: f.RuleID, Title: f.Title, Criteria: f.Criteria, Severity: f.Severity,
				Remediation: f.Remediation, Mappings: f.Mappings,
			}))
		}
		run.Results = append(run.Results, sarifResultFrom(f, i))
	}

	log := sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}

	encoder := json.NewEncoder(w)
	encoder.SetIndent("", "  ")
	encoder.SetEscapeHTML(false)
	if err := encoder.Encode(log); err != nil {
		return fmt.Errorf("writing SARIF report: %w", err)
	}
	return nil
}

func sarifRuleFrom(rule Rule) sarifRule {
	title := rule.Title
	if title == "" {
		title = rule.ID
	}

	out := sarifRule{
		ID:                   rule.ID,
		Name:                 ruleName(rule.ID),
		ShortDescription:     sarifMessage{Text: title},
		DefaultConfiguration: sarifRuleLevel{Level: sarifLevel(rule.Severity)},
		Properties: map[string]any{
			"criteria": nonNil(rule.Criteria),
			"mappings": rule.Mappings,
			"tags":     append([]string{"soc2"}, rule.Criteria...),
		},
	}
	if rule.Description != "" {
		out.FullDescription = &sarifMessage{Text: rule.Description}
	}
	if rule.Remediation != "" || rule.Description != "" {
		help := strings.TrimSpace(rule.Description + "\n\nHow to fix: " + rule.Remediation)
		out.Help = &sarifHelp{Text: help, Markdown: help}
	}
	return out
}

func sarifResultFrom(f finding.Finding, ruleIndex int) sarifResult {
	result := sarifResult{
		RuleID:              f.RuleID,
		RuleIndex:           ruleIndex,
		Level:               sarifLevel(f.Severity),
		Message:             sarifMessage{Text: f.Message},
		PartialFingerprints: map[string]string{fingerprintKey: Fingerprint(f)},
		Properties:          map[string]any{"criteria": nonNil(f.Criteria), "severity": f.Severity},
	}
	if f.Suppressed() {
		result.Suppressions = []sarifSuppression{sarifSuppressionFrom(*f.Suppression)}
	}

	if f.File == "" {
		// SARIF has no notion of a finding about a whole set of files, so a
		// corpus-level finding gets a logical location only.
		result.Locations = []sarifLocation{{LogicalLocations: []sarifLogicalLocation{{
			Name: "policy set", FullyQualifiedName: "corpus", Kind: "module",
		}}}}
		return result
	}

	physical := &sarifPhysicalLocation{ArtifactLocation: sarifArtifactLocation{URI: f.File, URIBaseID: "%SRCROOT%"}}
	location := sarifLocation{PhysicalLocation: physical}

	switch {
	case f.Line > 0:
		physical.Region = &sarifRegion{StartLine: f.Line}
		if f.Page > 0 {
			physical.Region.Properties = map[string]any{"page": f.Page}
		}
	case f.Page > 0:
		physical.Region = &sarifRegion{StartLine: 1, Properties: map[string]any{"page": f.Page}}
	}
	if f.Cell != "" {
		// SARIF regions are text positions; a spreadsheet cell is named as
		// a logical location instead.
		name := f.Cell
		if f.Sheet != "" {
			name = f.Sheet + "!" + f.Cell
		}
		location.LogicalLocations = []sarifLogicalLocation{{Name: name, Kind: "element"}}
	}

	result.Locations = []sarifLocation{location}
	return result
}

func sarifSuppressionFrom(s finding.Suppression) sarifSuppression {
	kind := "inSource"
	if s.Source == finding.SuppressionConfig {
		kind = "external"
	}

	properties := map[string]any{"line": s.Line}
	if s.File != "" {
		properties["file"] = s.File
	}
	return sarifSuppression{Kind: kind, Status: "accepted", Justification: s.Reason, Properties: properties}
}

// sarifLevel maps a severity to a SARIF level (SARIF 2.1.0 section 3.27.10).
func sarifLevel(severity string) string {
	switch severity {
	case finding.SeverityError:
		return "error"
	case finding.SeverityWarning:
		return "warning"
	}
	return "note"
}

var digits = regexp.MustCompile(`[0-9]+`)

// Fingerprint identifies a finding across runs: the rule, the file, the
// criteria and the message with numbers removed, so that a finding keeps
// its identity when lines move or a count in its message changes.
func Fingerprint(f finding.Finding) string {
	message := f.Messages["en"]
	if message == "" {
		message = f.Message
	}
	key := strings.Join([]string{f.RuleID, f.File, strings.Join(f.Criteria, ","), digits.ReplaceAllString(message, "#")}, "\x00")
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:16])
}

// ruleName turns access-mfa into AccessMfa, the SARIF convention for names.
func ruleName(id string) string {
	var b strings.Builder
	for _, part := range strings.Split(id, "-") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

func nonNil(list []string) []string {
	if list == nil {
		return []string{}
	}
	return list
}
