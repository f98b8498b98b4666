package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// setLocale sets the locale variables for one test and clears the others,
// so the machine's own locale does not leak in.
func setLocale(t *testing.T, lang string) {
	t.Helper()
	t.Setenv("LANG", lang)
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANGUAGE", "")
}

const examplePolicies = "../../examples/policy-repo"

// lonePolicy writes a folder with one policy, so that the corpus rules
// report the missing ones under the all-documents label.
func lonePolicy(t *testing.T) string {
	t.Helper()
	return writeFiles(t, map[string]string{"access.md": "# Access Control Policy\n\nAccess must be approved by the system owner.\n"})
}

func TestLintSpanishFromLocale(t *testing.T) {
	setLocale(t, "es_ES.UTF-8")
	_, stdout, stderr := runCLI(t, "lint", "--as-of", "2026-11-30", lonePolicy(t))

	for _, want := range []string{"Cobertura por categoría", "seguridad", "hallazgos (", "(todos los documentos)"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("text report lacks %q; stderr: %s\n%s", want, stderr, stdout)
		}
	}
	if strings.Contains(stdout, "Coverage by category") {
		t.Errorf("English heading in a Spanish report:\n%s", stdout)
	}
}

func TestLintFlagOverridesLocale(t *testing.T) {
	setLocale(t, "es_ES.UTF-8")
	_, stdout, _ := runCLI(t, "lint", "--lang", "en", "--as-of", "2026-11-30", lonePolicy(t))

	if !strings.Contains(stdout, "Coverage by category") || !strings.Contains(stdout, "(all documents)") {
		t.Errorf("--lang en did not give English labels:\n%s", stdout)
	}
}

func TestLintConfigLangOverridesLocale(t *testing.T) {
	tests := []struct {
		name, configLang, locale, want string
	}{
		{"config en over Spanish locale", "en", "es_MX.UTF-8", "Coverage by category"},
		{"config es over English locale", "es", "en_US.UTF-8", "Cobertura por categoría"},
		{"no config lang follows locale", "", "es_AR.UTF-8", "Cobertura por categoría"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			setLocale(t, tt.locale)
			config := "organization: Example\n"
			if tt.configLang != "" {
				config += "lang: " + tt.configLang + "\n"
			}
			root := writeFiles(t, map[string]string{
				".soc2lint.yaml":   config,
				"policies/data.md": "# Data Policy\n\nEmployees must protect customer data.\n",
			})

			_, stdout, stderr := runCLI(t, "lint", "--as-of", "2026-11-30", root)
			if !strings.Contains(stdout, tt.want) {
				t.Errorf("output lacks %q; stderr: %s\n%s", tt.want, stderr, stdout)
			}
		})
	}
}

func TestLintErrorsInLocaleLanguage(t *testing.T) {
	setLocale(t, "es_ES.UTF-8")

	code, _, stderr := runCLI(t, "lint", "--lang", "fr", examplePolicies)
	if code != ExitError || !strings.Contains(stderr, `--lang "fr" no es válido`) {
		t.Errorf("invalid --lang: code %d, stderr %q", code, stderr)
	}

	code, _, stderr = runCLI(t, "lint", "--fail-on", "sometimes", examplePolicies)
	if code != ExitError || !strings.Contains(stderr, `--fail-on "sometimes" no es válido`) {
		t.Errorf("invalid --fail-on: code %d, stderr %q", code, stderr)
	}

	code, _, stderr = runCLI(t, "lint", "--no-such-flag")
	if code != ExitError || !strings.Contains(stderr, "consulte soc2lint lint --help") {
		t.Errorf("unknown flag: code %d, stderr %q", code, stderr)
	}
}

func TestLintNamedFilesKeepRepositoryPaths(t *testing.T) {
	setLocale(t, "C")
	root := writeFiles(t, map[string]string{
		".soc2lint.yaml":            "organization: Example\nlang: en\n",
		"policies/access/policy.md": "# Access Policy\n\nAdministrators must use multi-factor authentication.\n",
		"policies/data/policy.md":   "# Data Policy\n\nEmployees must protect customer data.\n",
	})
	t.Chdir(root)

	code, stdout, stderr := runCLI(t, "lint", "--format", "json", "--fail-on", "none", "--as-of", "2026-11-30",
		filepath.Join("policies", "access", "policy.md"), filepath.Join("policies", "data", "policy.md"))
	if code != ExitOK {
		t.Fatalf("exit code %d; stderr: %s", code, stderr)
	}

	r := decodeReport(t, stdout)
	var files []string
	for _, doc := range r.Documents {
		files = append(files, doc.File)
	}
	slices.Sort(files)
	want := []string{"policies/access/policy.md", "policies/data/policy.md"}
	if !slices.Equal(files, want) {
		t.Errorf("document paths %q, want %q", files, want)
	}
	if r.Scope.Organization != "Example" {
		t.Errorf("organization %q: the configuration at the repository root was not found", r.Scope.Organization)
	}
}

func TestLintNamedFileFindsConfigAbove(t *testing.T) {
	root := writeFiles(t, map[string]string{
		".soc2lint.yaml":     "organization: Above\n",
		"policies/deep/x.md": "# X Policy\n\nStaff must lock screens.\n",
	})
	t.Chdir(root)

	cfg, err := loadConfig("", filepath.Join("policies", "deep", "x.md"))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Organization != "Above" {
		t.Errorf("organization %q, want the configuration two folders up", cfg.Organization)
	}

	outside := writeFiles(t, map[string]string{"y.md": "# Y\n"})
	cfg, err = loadConfig("", filepath.Join(outside, "y.md"))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Path != "" {
		t.Errorf("a file outside the current folder found %s", cfg.Path)
	}
}
