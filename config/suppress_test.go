package config

import (
	"strings"
	"testing"
)

func TestSuppressEntriesParsed(t *testing.T) {
	data := []byte(`organization: Acme
suppress:
  - rule: governance-version
    file: "policies/legacy/**"
    reason: "Legacy policies retire at the end of the period."
  - rule: vague-obligation
    reason: Wording kept from the customer contract.
`)

	cfg, err := Parse("test.yaml", data)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}

	if len(cfg.Suppress) != 2 {
		t.Fatalf("suppress entries = %d, want 2", len(cfg.Suppress))
	}
	first := cfg.Suppress[0]
	if first.Rule != "governance-version" || first.File != "policies/legacy/**" || first.Line != 3 {
		t.Errorf("first entry = %+v, want rule, file and line 3", first)
	}
	second := cfg.Suppress[1]
	if second.File != "" || second.Reason != "Wording kept from the customer contract." || second.Line != 6 {
		t.Errorf("second entry = %+v, want no file and line 6", second)
	}
}

func TestSuppressErrorsNameKeyAndLine(t *testing.T) {
	cases := []struct {
		name string
		data string
		want string
	}{
		{"not a list", "suppress: governance-version\n", "test.yaml:1: suppress: must be a list"},
		{"item not a mapping", "suppress:\n  - governance-version\n", "test.yaml:2: suppress[0]: must be a mapping"},
		{"unknown key", "suppress:\n  - rule: a-b\n    reason: x\n    files: x\n", "test.yaml:4: suppress[0].files: unknown key"},
		{"missing reason", "suppress:\n  - rule: governance-version\n", "test.yaml:2: suppress[0].reason: missing"},
		{"blank reason", "suppress:\n  - rule: governance-version\n    reason: \"  \"\n", "test.yaml:2: suppress[0].reason: missing"},
		{"missing rule", "suppress:\n  - reason: because\n", "test.yaml:2: suppress[0].rule: missing"},
		{"malformed rule", "suppress:\n  - rule: Governance Version\n    reason: x\n", `test.yaml:2: suppress[0].rule: invalid rule id "Governance Version"`},
		{"bad glob", "suppress:\n  - rule: a-b\n    reason: x\n    file: \"policies/[\"\n", `test.yaml:2: suppress[0].file: invalid glob "policies/["`},
		{"list value", "suppress:\n  - rule: [a, b]\n    reason: x\n", "test.yaml:2: suppress[0].rule: must be a string"},
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
