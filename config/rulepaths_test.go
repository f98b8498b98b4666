package config

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestRulePathsRelativeToConfig(t *testing.T) {
	cfg, err := Parse(filepath.Join("repo", "audit", FileName), []byte("rules:\n  paths: [policy-rules, /opt/rules]\n"))
	if err != nil {
		t.Fatal(err)
	}

	got := cfg.RulePaths()
	want := []string{filepath.Join("repo", "audit", "policy-rules"), "/opt/rules"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("RulePaths() = %v, want %v", got, want)
	}
}

func TestRulePathsEmptyEntry(t *testing.T) {
	_, err := Parse(FileName, []byte("rules:\n  paths:\n    - \"\"\n"))
	if err == nil || !strings.Contains(err.Error(), ".soc2lint.yaml:2: rules.paths: empty path") {
		t.Errorf("error = %v, want one naming rules.paths at line 2", err)
	}
}
