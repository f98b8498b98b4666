package lint

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/soc2lint/soc2lint/config"
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/evidence"
	"github.com/soc2lint/soc2lint/suppress"
)

func TestKnownRuleIDsCoversEverySource(t *testing.T) {
	all, err := AllRules(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	eng, err := newEngine(context.Background(), config.Default(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	known := KnownRuleIDs(eng)

	for _, rule := range all {
		if !known(rule.ID) {
			t.Errorf("rule %s from AllRules is not known", rule.ID)
		}
	}
	for _, id := range []string{engine.RuleTimeoutID, engine.RuleMemoryID, RuleLanguageUnsupported, suppress.RuleInvalid, evidence.RuleUnrecognized, RuleParseError} {
		if !known(id) {
			t.Errorf("runtime rule %s is not known", id)
		}
	}
	if known("no-such-rule") {
		t.Error("no-such-rule is known")
	}
}

func TestRunRejectsUnknownRuleInConfig(t *testing.T) {
	dir := t.TempDir()
	configPath := filepath.Join(dir, config.FileName)
	data := []byte("rules:\n  disable: [governance-owner]\n  severity:\n    no-such-rule: info\n")
	if err := os.WriteFile(configPath, data, 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(configPath)
	if err != nil {
		t.Fatal(err)
	}

	_, err = Run(context.Background(), Options{Paths: []string{"../examples/policy-repo"}, Config: cfg})
	if err == nil {
		t.Fatal("Run accepted an unknown rule id in the configuration")
	}
	want := configPath + `:4: rules.severity.no-such-rule: unknown rule id "no-such-rule"`
	if !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not contain %q", err, want)
	}
}

func TestRunEmptyFolderHasNoDocuments(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("text"), 0o644); err != nil {
		t.Fatal(err)
	}

	var log bytes.Buffer
	r, err := Run(context.Background(), Options{Paths: []string{dir}, Log: &log})
	if err != nil {
		t.Fatalf("Run = %v, want a report", err)
	}
	if len(r.Documents) != 0 {
		t.Errorf("documents = %v, want none", r.Documents)
	}
	if log.Len() != 0 {
		t.Errorf("log = %q, want nothing without --verbose: the caller reports a run without files", log.String())
	}
}

func TestRunLogsSkippedFiles(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{"policy.md": "# Access Control Policy\n\nAccess is reviewed quarterly.\n", "old.doc": "x", "notes.txt": "x"}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("/etc/passwd", filepath.Join(dir, "passwd.md")); err != nil {
		t.Fatal(err)
	}
	empty := t.TempDir()

	var log bytes.Buffer
	if _, err := Run(context.Background(), Options{Paths: []string{dir, empty}, Log: &log}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"passwd.md: symbolic link", "old.doc: Word 97-2003 document", "no supported files under " + empty} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("log %q does not contain %q", log.String(), want)
		}
	}
	if strings.Contains(log.String(), "notes.txt") {
		t.Errorf("log %q lists an unsupported file without --verbose", log.String())
	}

	log.Reset()
	if _, err := Run(context.Background(), Options{Paths: []string{dir}, Log: &log, Verbose: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log.String(), "notes.txt: unsupported file type") {
		t.Errorf("verbose log %q does not list notes.txt", log.String())
	}
}
