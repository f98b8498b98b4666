package config

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestParseRecordsRuleRefs(t *testing.T) {
	data := []byte(`rules:
  disable:
    - vague-obligation
    - governance-owner
  severity:
    governance-version: info
`)

	cfg, err := Parse("test.yaml", data)
	if err != nil {
		t.Fatal(err)
	}

	want := []RuleRef{
		{ID: "vague-obligation", Key: "rules.disable[0]", Line: 3},
		{ID: "governance-owner", Key: "rules.disable[1]", Line: 4},
		{ID: "governance-version", Key: "rules.severity.governance-version", Line: 6},
	}
	if !slices.Equal(cfg.Rules.Refs, want) {
		t.Errorf("refs = %+v, want %+v", cfg.Rules.Refs, want)
	}
}

func TestCheckRuleIDsNamesUnknown(t *testing.T) {
	data := []byte("rules:\n  disable: [governance-owner, no-such-rule]\n  severity:\n    other-typo: info\n")
	cfg, err := Parse("conf.yaml", data)
	if err != nil {
		t.Fatal(err)
	}

	err = cfg.CheckRuleIDs(func(id string) bool { return id == "governance-owner" })
	if err == nil {
		t.Fatal("no error for unknown rule ids")
	}

	for _, want := range []string{
		`conf.yaml:2: rules.disable[1]: unknown rule id "no-such-rule"`,
		`conf.yaml:4: rules.severity.other-typo: unknown rule id "other-typo"`,
		"soc2lint rules",
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not contain %q", err, want)
		}
	}
	if strings.Contains(err.Error(), `"governance-owner"`) {
		t.Errorf("error %q names a known rule", err)
	}
	var configErr *Error
	if !errors.As(err, &configErr) {
		t.Errorf("error %T is not a *config.Error", err)
	}
}

func TestCheckRuleIDsAllKnown(t *testing.T) {
	cfg, err := Parse("conf.yaml", []byte("rules:\n  disable: [a-rule]\n  severity: {b-rule: warning}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := cfg.CheckRuleIDs(func(string) bool { return true }); err != nil {
		t.Errorf("CheckRuleIDs = %v, want nil", err)
	}
}

func TestParseShapeErrorsNameKey(t *testing.T) {
	cases := []struct {
		name string
		data string
		want string
	}{
		{"string for list", "scope:\n  categories: security\n", `test.yaml:2: scope.categories: must be a list; write ["security"]`},
		{"list for string", "scope:\n  audit_type: [type1]\n", "test.yaml:2: scope.audit_type: must be a single value, not a list"},
		{"mapping for string", "organization:\n  name: Acme\n", "test.yaml:2: organization: must be a single value, not a mapping"},
		{"string for disable", "rules:\n  disable: governance-owner\n", `test.yaml:2: rules.disable: must be a list; write ["governance-owner"]`},
		{"glob for include", "include: \"*.md\"\n", `test.yaml:1: include: must be a list; write ["*.md"]`},
		{"nested list item", "exclude:\n  - [drafts]\n", "test.yaml:2: exclude[0]: must be a single value, not a list"},
		{"list severity", "rules:\n  severity:\n    access-mfa: [info]\n", "test.yaml:3: rules.severity.access-mfa: must be a single value, not a list"},
		{"word for number", "limits:\n  max_rows: lots\n", `test.yaml:2: limits.max_rows: must be a whole number, not "lots"`},
		{"fraction for number", "limits:\n  timeout_seconds: 1.5\n", `test.yaml:2: limits.timeout_seconds: must be a whole number, not "1.5"`},
		{"mapping for list", "rules:\n  paths: {a: b}\n", "test.yaml:2: rules.paths: must be a list, not a mapping"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("test.yaml", []byte(tc.data))
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not contain %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "unmarshal") {
				t.Errorf("error %q shows the raw YAML decoding error", err)
			}
		})
	}
}

func TestParseEmptyValuesAllowed(t *testing.T) {
	data := []byte("organization:\nscope:\n  categories:\ninclude:\nrules:\n  disable:\nlimits:\n  max_rows:\n")
	if _, err := Parse("test.yaml", data); err != nil {
		t.Errorf("Parse = %v, want empty values to mean the defaults", err)
	}
}
