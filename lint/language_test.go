package lint

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/config"
	"github.com/soc2lint/soc2lint/finding"
)

const frenchPolicy = `# Politique de contrôle d'accès

## Objet

Cette politique définit les règles de gestion des accès aux systèmes
d'information de la société. Elle s'applique à tous les employés, aux
prestataires et aux stagiaires qui utilisent les ressources de la société.

## Règles

Les comptes des utilisateurs sont créés après l'approbation du responsable
hiérarchique. Les droits d'accès sont revus tous les trimestres par les
propriétaires des applications. L'authentification multifacteur est
obligatoire pour tous les accès distants et pour les comptes à privilèges.
Les comptes des personnes qui quittent la société sont désactivés le jour
de leur départ.
`

const frenchStub = `# Politique de sauvegarde

À rédiger par l'équipe des opérations.
`

const frenchNotes = `# Compte rendu de la réunion du comité

La réunion a eu lieu le mardi dans la grande salle. Les membres présents ont
passé en revue les projets du trimestre, le budget de la formation et le
calendrier des audits. La directrice financière a présenté les chiffres du
semestre, puis le responsable de la sécurité a résumé les incidents du mois
et les travaux prévus pour le prochain exercice.
`

const contactList = `# Contacts for Authorities

## Regional Police Department

- Phone: 317-327-3282
- Address: 50 N. Alabama St. Indianapolis, IN 46204
- Website: https://police.example.gov/contact

## Federal Investigation Office

- Phone: 317-595-4000
- Address: 8825 Nelson B Klein Pkwy Indianapolis, IN 46250
- Website: https://fbi.example.gov/field-offices

## Trade Commission Regional Office

- Phone: 1-877-382-4357
- Address: 600 Pennsylvania Avenue NW Washington, DC 20580
- Website: https://ftc.example.gov/complaints

## Data Protection Office Ireland

- Phone: 353-57-868-4800
- Address: 21 Fitzwilliam Square South Dublin 2 D02 RD28
- Website: https://dataprotection.example.ie/contact
`

const englishPolicy = `# Access Control Policy

## Rules

User accounts are created after the manager approves the request. System
owners review all user access every quarter and remove what is no longer
needed. Multi-factor authentication is required for remote access and for
every privileged account. Accounts of people who leave the company are
disabled on their last working day, and the security team checks that the
removal happened within one business day of the departure.
`

// TestLanguageUnsupported lints real files through Run and checks which
// documents get the language-unsupported finding.
func TestLanguageUnsupported(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"policies/acces.md":      frenchPolicy,
		"policies/sauvegarde.md": frenchStub,
		"policies/access.md":     englishPolicy,
		"notes/comite.md":        frenchNotes,
		"procedures/contacts.md": contactList,
	}
	for name, text := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}

	cfg := config.Default()
	cfg.AsOf = "2026-11-30"
	r, err := Run(context.Background(), Options{Paths: []string{dir}, Config: cfg, Version: "test"})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}

	// The negative cases only mean something when each document has the
	// kind and language they are meant to exercise.
	want := map[string][2]string{
		"policies/acces.md":      {"policy", ""},
		"policies/sauvegarde.md": {"policy", ""},
		"policies/access.md":     {"policy", "en"},
		"notes/comite.md":        {"other", ""},
		"procedures/contacts.md": {"procedure", ""},
	}
	for _, doc := range r.Documents {
		if w, ok := want[doc.File]; ok && (doc.Kind != w[0] || doc.Language != w[1]) {
			t.Errorf("%s: kind %q language %q, want kind %q language %q", doc.File, doc.Kind, doc.Language, w[0], w[1])
		}
	}

	flagged := map[string]finding.Finding{}
	for _, f := range r.Findings {
		if f.RuleID == RuleLanguageUnsupported {
			flagged[f.File] = f
		}
	}

	french, ok := flagged["policies/acces.md"]
	if !ok {
		t.Fatalf("French policy: no %s finding; findings with that rule: %v", RuleLanguageUnsupported, flagged)
	}
	if french.Severity != finding.SeverityInfo {
		t.Errorf("French policy: severity %q, want %q", french.Severity, finding.SeverityInfo)
	}
	if french.Line != 1 {
		t.Errorf("French policy: line %d, want 1", french.Line)
	}
	if len(french.Criteria) != 0 {
		t.Errorf("French policy: criteria %v, want none", french.Criteria)
	}
	if !strings.Contains(french.Messages["en"], "not recognized as English or Spanish") {
		t.Errorf("French policy: English message %q does not name the languages", french.Messages["en"])
	}
	if !strings.Contains(french.Messages["es"], "como inglés ni como español") {
		t.Errorf("French policy: Spanish message %q does not name the languages", french.Messages["es"])
	}

	for _, file := range []string{"policies/sauvegarde.md", "policies/access.md", "notes/comite.md", "procedures/contacts.md"} {
		if _, ok := flagged[file]; ok {
			t.Errorf("%s: unexpected %s finding", file, RuleLanguageUnsupported)
		}
	}
}

// TestLanguageUnsupportedListed checks that the rule is described like the
// other parser-raised rules, so that `soc2lint rules` lists it and the
// configuration accepts its id.
func TestLanguageUnsupportedListed(t *testing.T) {
	rule := problemRule(RuleLanguageUnsupported)
	if rule.ID != RuleLanguageUnsupported {
		t.Fatalf("ProblemRules has no %s entry", RuleLanguageUnsupported)
	}
	if rule.Severity != finding.SeverityInfo {
		t.Errorf("severity %q, want %q", rule.Severity, finding.SeverityInfo)
	}
	for _, lang := range []string{"en", "es"} {
		if rule.Remediations[lang] == "" {
			t.Errorf("no %s remediation", lang)
		}
	}
}
