package config

import (
	"errors"
	"strings"
	"testing"
)

func TestParseFull(t *testing.T) {
	data := []byte(`organization: Acme Cloud, Inc.
scope:
  categories: [privacy, availability]
  audit_type: type2
  period:
    start: 2026-01-01
    end: 2026-09-30
as_of: 2026-11-30
date_order: mdy
include: ["policies/**"]
exclude: ["drafts/**"]
rules:
  disable: [vague-obligation]
  severity:
    governance-version: info
limits:
  max_rows: 1000
`)

	cfg, err := Parse("test.yaml", data)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}

	if got := strings.Join(cfg.Scope.Categories, ","); got != "security,availability,privacy" {
		t.Errorf("categories = %s, want security added and report order", got)
	}
	if cfg.Scope.Period.Start != "2026-01-01" || cfg.Scope.Period.End != "2026-09-30" {
		t.Errorf("period = %+v", cfg.Scope.Period)
	}
	if cfg.AsOf != "2026-11-30" {
		t.Errorf("as_of = %q", cfg.AsOf)
	}
	if cfg.Rules.Severity["governance-version"] != "info" {
		t.Errorf("severity override = %v", cfg.Rules.Severity)
	}
	if cfg.Limits.MaxRows != 1000 {
		t.Errorf("max_rows = %d", cfg.Limits.MaxRows)
	}
}

func TestParseErrorsNameKeyAndLine(t *testing.T) {
	cases := []struct {
		name string
		data string
		want string
	}{
		{"unknown top key", "organisation: Acme\n", "test.yaml:1: organisation: unknown key"},
		{"unknown nested key", "scope:\n  categories: [security]\n  auditType: type2\n", "test.yaml:3: scope.auditType: unknown key"},
		{"bad category", "scope:\n  categories: [security, avail]\n", `test.yaml:2: scope.categories: unknown category "avail"`},
		{"bad audit type", "scope:\n  audit_type: type3\n", `test.yaml:2: scope.audit_type: invalid value "type3"`},
		{"bad date", "as_of: 30/11/2026\n", `test.yaml:1: as_of: invalid date "30/11/2026"`},
		{"period reversed", "scope:\n  period:\n    start: 2026-09-30\n    end: 2026-01-01\n", "test.yaml:4: scope.period.end"},
		{"type2 without period", "scope:\n  audit_type: type2\n", "scope.period: a type2 audit needs"},
		{"bad severity", "rules:\n  severity:\n    governance-owner: fatal\n", `test.yaml:3: rules.severity.governance-owner: invalid severity "fatal"`},
		{"scope not a mapping", "scope: security\n", "test.yaml:1: scope: must be a mapping"},
	}

	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("test.yaml", []byte(tc.data))
			if err == nil {
				t.Fatalf("Parse accepted %q", tc.data)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %q, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestParseReportsEveryUnknownKey(t *testing.T) {
	_, err := Parse("test.yaml", []byte("foo: 1\nbar: 2\n"))

	var first *Error
	if !errors.As(err, &first) {
		t.Fatalf("error %v is not a *config.Error", err)
	}
	if !strings.Contains(err.Error(), "foo") || !strings.Contains(err.Error(), "bar") {
		t.Errorf("error = %q, want both keys named", err)
	}
}

func TestParseEmptyGivesDefaults(t *testing.T) {
	cfg, err := Parse("empty.yaml", []byte("\n"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(cfg.Scope.Categories, ",") != "security" || cfg.Scope.AuditType != "type1" {
		t.Errorf("defaults = %+v", cfg.Scope)
	}
}

func TestParseInvalidYAML(t *testing.T) {
	_, err := Parse("bad.yaml", []byte("scope: [unclosed\n"))
	if err == nil || !strings.Contains(err.Error(), "bad.yaml: invalid YAML") {
		t.Errorf("error = %v, want invalid YAML naming the file", err)
	}
}
