package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/soc2lint/soc2lint/finding"
)

// oscalSample returns the shared sample with a met criterion, a criterion
// out of scope, a suppressed finding and a baseline, so that every branch of
// the OSCAL writer has input.
func oscalSample() *Report {
	r := sample()
	r.Scope.Organization = "Acme Cloud, Inc."
	r.Scope.Period = Period{Start: "2026-01-01", End: "2026-12-31"}
	r.Documents = append(r.Documents, Document{File: "policies/risk assessment.md", Format: "markdown", Kind: "policy", Title: "Risk Assessment"})
	r.Findings = append(r.Findings, finding.Finding{
		RuleID: "governance-version", Criteria: []string{"CC5.3"}, Severity: "warning",
		Message: "no version", File: "policies/access.md", Line: 2,
		Suppression: &finding.Suppression{Reason: "Versioned in Git.", Source: finding.SuppressionInline, Line: 1},
	})
	r.Coverage = append(r.Coverage,
		Coverage{Criterion: "CC3.1", Category: "security", Status: StatusMet, Files: []string{"policies/risk assessment.md"}},
		Coverage{Criterion: "CC5.3", Category: "security", Status: StatusMet, Files: []string{"policies/access.md"}, Findings: 1},
		Coverage{Criterion: "P1.1", Category: "privacy", Status: StatusNotApplicable, Files: []string{}},
	)
	r.Baseline = &Baseline{Mode: BaselineRevision, Source: "HEAD~1", Findings: 3, New: 1, Fixed: 0}
	r.Count()
	return r
}

func writeOSCAL(t *testing.T, r *Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := (OSCAL{}).Write(&buf, r); err != nil {
		t.Fatalf("OSCAL write: %v", err)
	}
	return buf.Bytes()
}

// oscalSchemaID is the $id of the kept schema. Its definitions name
// themselves with "$id": "#..." anchors relative to this id, so the schema
// is registered and compiled under it rather than under its file path.
const oscalSchemaID = "http://csrc.nist.gov/ns/oscal/1.0.4/oscal-ar-schema.json"

func compileOSCALSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	file, err := os.Open(filepath.Join("testdata", "schemas", "oscal_assessment-results_schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()

	document, err := jsonschema.UnmarshalJSON(file)
	if err != nil {
		t.Fatalf("reading the OSCAL schema: %v", err)
	}
	moveRefsBesideIDs(document)

	compiler := jsonschema.NewCompiler()
	if err := compiler.AddResource(oscalSchemaID, document); err != nil {
		t.Fatalf("adding the OSCAL schema: %v", err)
	}
	schema, err := compiler.Compile(oscalSchemaID)
	if err != nil {
		t.Fatalf("compiling the OSCAL schema: %v", err)
	}
	return schema
}

// moveRefsBesideIDs rewrites, in memory, every schema object that holds
// both "$id" and "$ref" so that the $ref sits inside "allOf". The OSCAL
// 1.0.4 schema names many definitions with an "$id": "#anchor" next to a
// "$ref", but draft-07 requires every keyword beside "$ref" to be ignored,
// so a strict validator finds no such anchor. Wrapping the $ref in allOf keeps
// the anchor visible and validates exactly as the $ref alone would.
func moveRefsBesideIDs(node any) {
	switch value := node.(type) {
	case map[string]any:
		_, hasID := value["$id"]
		if ref, hasRef := value["$ref"]; hasID && hasRef {
			delete(value, "$ref")
			allOf, _ := value["allOf"].([]any)
			value["allOf"] = append(allOf, map[string]any{"$ref": ref})
		}
		for _, child := range value {
			moveRefsBesideIDs(child)
		}
	case []any:
		for _, child := range value {
			moveRefsBesideIDs(child)
		}
	}
}

func validateOSCAL(schema *jsonschema.Schema, out []byte) error {
	instance, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		return err
	}
	return schema.Validate(instance)
}

func TestOSCALValidatesAgainstSchema(t *testing.T) {
	schema := compileOSCALSchema(t)

	for name, r := range map[string]*Report{"full": oscalSample(), "empty": {Schema: Schema, AsOf: "2026-11-30"}} {
		t.Run(name, func(t *testing.T) {
			r.Count()
			out := writeOSCAL(t, r)
			if err := validateOSCAL(schema, out); err != nil {
				t.Errorf("OSCAL output does not validate: %v\n%s", err, out)
			}
		})
	}
}

func TestOSCALSchemaRejectsInvalidState(t *testing.T) {
	schema := compileOSCALSchema(t)
	out := writeOSCAL(t, oscalSample())

	broken := bytes.Replace(out, []byte(`"state": "not-satisfied"`), []byte(`"state": "partial"`), 1)
	if bytes.Equal(broken, out) {
		t.Fatal("the sample output has no not-satisfied state to break")
	}
	if err := validateOSCAL(schema, broken); err == nil {
		t.Error("the schema accepted a state outside satisfied and not-satisfied, so the validation test proves nothing")
	}
}

func TestOSCALFindingStatesFollowCoverage(t *testing.T) {
	r := oscalSample()

	var doc oscalDocument
	if err := json.Unmarshal(writeOSCAL(t, r), &doc); err != nil {
		t.Fatal(err)
	}
	result := doc.AssessmentResults.Results[0]

	byTarget := map[string]oscalFinding{}
	for _, f := range result.Findings {
		byTarget[f.Target.TargetID] = f
	}

	inScope := 0
	for _, c := range r.Coverage {
		got, ok := byTarget[strings.ToLower(c.Criterion)]
		if c.Status == StatusNotApplicable {
			if ok {
				t.Errorf("%s is out of scope but has an OSCAL finding", c.Criterion)
			}
			continue
		}
		inScope++
		if !ok {
			t.Errorf("%s (%s) has no OSCAL finding", c.Criterion, c.Status)
			continue
		}

		want := "not-satisfied"
		if c.Status == StatusMet {
			want = "satisfied"
		}
		if got.Target.Status.State != want {
			t.Errorf("%s is %s in coverage but %s in OSCAL", c.Criterion, c.Status, got.Target.Status.State)
		}
		if got.Target.Type != "objective-id" {
			t.Errorf("%s target type = %q", c.Criterion, got.Target.Type)
		}
	}
	if len(result.Findings) != inScope {
		t.Errorf("OSCAL findings = %d, want one per in-scope criterion (%d)", len(result.Findings), inScope)
	}

	controls := result.ReviewedControls.ControlSelections[0].IncludeControls
	if len(controls) != inScope || controls[0].ControlID != "cc6.1" {
		t.Errorf("reviewed controls = %+v, want %d lower-case in-scope ids starting with cc6.1", controls, inScope)
	}
}

func TestOSCALObservationsLinkFindings(t *testing.T) {
	r := oscalSample()

	var doc oscalDocument
	if err := json.Unmarshal(writeOSCAL(t, r), &doc); err != nil {
		t.Fatal(err)
	}
	result := doc.AssessmentResults.Results[0]

	if want := len(r.Documents) + len(r.Findings); len(result.Observations) != want {
		t.Fatalf("observations = %d, want one per document and per finding (%d)", len(result.Observations), want)
	}

	byUUID := map[string]oscalObservation{}
	for _, o := range result.Observations {
		byUUID[o.UUID] = o
	}

	var cc61 oscalFinding
	for _, f := range result.Findings {
		if f.Target.TargetID == "cc6.1" {
			cc61 = f
		}
	}
	titles := map[string]bool{}
	for _, related := range cc61.RelatedObservations {
		o, ok := byUUID[related.ObservationUUID]
		if !ok {
			t.Errorf("cc6.1 relates to missing observation %s", related.ObservationUUID)
		}
		titles[o.Title] = true
	}
	if !titles["Examined policies/access.md"] || !titles["[access-mfa] CC6.1"] {
		t.Errorf("cc6.1 related observations = %v, want the supporting document and the access-mfa finding", titles)
	}

	var suppressed *oscalObservation
	for i, o := range result.Observations {
		if o.Title == "[governance-version] CC5.3" {
			suppressed = &result.Observations[i]
		}
	}
	if suppressed == nil || !strings.Contains(suppressed.Remarks, "Versioned in Git.") {
		t.Errorf("suppressed finding's observation lacks the reason: %+v", suppressed)
	}

	for _, resource := range doc.AssessmentResults.BackMatter.Resources {
		if resource.Title == "Risk Assessment" && resource.RLinks[0].Href != "policies/risk%20assessment.md" {
			t.Errorf("file with a space has href %q, want it escaped", resource.RLinks[0].Href)
		}
	}
}

func TestOSCALIsStable(t *testing.T) {
	first, second := writeOSCAL(t, oscalSample()), writeOSCAL(t, oscalSample())
	if !bytes.Equal(first, second) {
		t.Error("two writes of the same report differ")
	}

	version5 := regexp.MustCompile(`"uuid": "[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"`)
	anyUUID := regexp.MustCompile(`"uuid": "`)
	if v5, all := len(version5.FindAll(first, -1)), len(anyUUID.FindAll(first, -1)); v5 != all || all == 0 {
		t.Errorf("%d of %d UUIDs are version 5", v5, all)
	}

	other := oscalSample()
	other.Findings[1].Line = 90
	if !bytes.Contains(writeOSCAL(t, other), []byte(observationUUIDOf(t, first, "[access-mfa] CC6.1"))) {
		t.Error("a finding's observation UUID changed when its line moved")
	}
}

// observationUUIDOf returns the UUID of the observation titled title.
func observationUUIDOf(t *testing.T, out []byte, title string) string {
	t.Helper()
	var doc oscalDocument
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	for _, o := range doc.AssessmentResults.Results[0].Observations {
		if o.Title == title {
			return o.UUID
		}
	}
	t.Fatalf("no observation titled %q", title)
	return ""
}

// TestOSCALSchemaCopyMatchesPublished checks the kept schema against the
// published one when the schemas folder is available.
func TestOSCALSchemaCopyMatchesPublished(t *testing.T) {
	dir := os.Getenv("SOC2LINT_SCHEMAS")
	if dir == "" {
		t.Skip("SOC2LINT_SCHEMAS is not set; skipping the comparison with the published schema")
	}
	name := "oscal_assessment-results_schema.json"
	published, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	kept, err := os.ReadFile(filepath.Join("testdata", "schemas", name))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(published, kept) {
		t.Errorf("testdata/schemas/%s differs from the published schema", name)
	}
}
