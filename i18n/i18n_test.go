package i18n

import (
	"regexp"
	"slices"
	"testing"
)

// formatVerb matches one fmt verb with its flags, width and precision.
var formatVerb = regexp.MustCompile(`%[-+# 0]*(\d+|\*)?(\.(\d+|\*))?[a-zA-Z%]`)

func verbs(format string) []string {
	var out []string
	for _, verb := range formatVerb.FindAllString(format, -1) {
		// Width and flags may differ between languages; the verb letter
		// decides what argument it takes.
		out = append(out, verb[len(verb)-1:])
	}
	return out
}

func TestCatalogComplete(t *testing.T) {
	for key, entry := range catalog {
		english, ok := entry[English]
		if !ok || english == "" {
			t.Errorf("%s: missing English text", key)
			continue
		}
		for _, lang := range Languages {
			text, ok := entry[lang]
			if !ok || text == "" {
				t.Errorf("%s: missing %s translation", key, lang)
				continue
			}
			if got, want := verbs(text), verbs(english); !slices.Equal(got, want) {
				t.Errorf("%s: %s verbs %v, English verbs %v", key, lang, got, want)
			}
		}
		for lang := range entry {
			if !Supported(lang) {
				t.Errorf("%s: text for unsupported language %q", key, lang)
			}
		}
	}
}

func TestVerbsCountsEachVerb(t *testing.T) {
	got := verbs("  %-22s %3d met, %d%% and %q")
	want := []string{"s", "d", "d", "%", "q"}
	if !slices.Equal(got, want) {
		t.Errorf("verbs = %v, want %v", got, want)
	}
}

func TestTextFallbacks(t *testing.T) {
	if got := Text("fr", AllDocuments); got != "(all documents)" {
		t.Errorf("unsupported language: got %q, want the English text", got)
	}
	if got := Text(Spanish, AllDocuments); got != "(todos los documentos)" {
		t.Errorf("Spanish: got %q", got)
	}
	if got := Text(English, Key("no.such.key")); got != "no.such.key" {
		t.Errorf("unknown key: got %q, want the key itself", got)
	}
}

func TestSprintfAndPlural(t *testing.T) {
	if got := Sprintf(Spanish, InvalidLang, "fr"); got != `--lang "fr" no es válido: use en o es` {
		t.Errorf("Sprintf = %q", got)
	}
	if got := Plural(Spanish, 1, FindingOne, FindingMany); got != "hallazgo" {
		t.Errorf("Plural(1) = %q", got)
	}
	if got := Plural(Spanish, 0, FindingOne, FindingMany); got != "hallazgos" {
		t.Errorf("Plural(0) = %q", got)
	}
}

func TestCategoryName(t *testing.T) {
	if got := CategoryName(Spanish, "processing_integrity"); got != "integridad del procesamiento" {
		t.Errorf("Spanish name = %q", got)
	}
	if got := CategoryName(English, "security"); got != "security" {
		t.Errorf("English name = %q, want the id", got)
	}
	if got := CategoryName(Spanish, "made_up"); got != "made_up" {
		t.Errorf("unknown category = %q, want the id", got)
	}
}
