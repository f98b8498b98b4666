package annotate

import "testing"

func TestNormalize(t *testing.T) {
	t.Parallel()

	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"lower case", "Access MUST Be Reviewed", "access must be reviewed"},
		{"spanish accents", "Autenticación multifactor en el año", "autenticacion multifactor en el ano"},
		{"diaeresis and cedilla", "Pingüino façade", "pinguino facade"},
		{"curly quotes", "the \u201cowner\u201d\u2019s role", "the \"owner\"'s role"},
		{"guillemets", "la \u00abpolítica\u00bb", "la \"politica\""},
		{"dashes", "MFA \u2014 required \u2013 always", "mfa - required - always"},
		{"non-breaking space", "24\u00a0hours", "24 hours"},
		{"zero width and bom", "\ufeffpass\u200bword", "password"},
		{"ellipsis", "and so on\u2026", "and so on."},
		{"white space runs", "  a \t b\n\n c  ", "a b c"},
		{"bold and italic", "**Must** be _reviewed_ and *logged*", "must be reviewed and logged"},
		{"double underscore", "__Note__: text", "note: text"},
		{"snake case kept", "set max_retries to 3", "set max_retries to 3"},
		{"code marks", "run `soc2lint lint`", "run soc2lint lint"},
		{"strike through", "~~old~~ new", "old new"},
		{"link", "see [the policy](https://example.com/p.md) now", "see the policy now"},
		{"image", "![Logo](logo.png) Acme", "logo acme"},
		{"html tag", "line<br/>break", "line break"},
		{"less than kept", "under < 5 minutes", "under < 5 minutes"},
		{"heading mark", "## Scope", "scope"},
		{"hash inside kept", "written in C# daily", "written in c# daily"},
		{"quote mark", "> Note this", "note this"},
		{"escaped star", `5 \* 3`, "5 3"},
		{"spanish question", "¿Quién APRUEBA?", "¿quien aprueba?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeIdempotent(t *testing.T) {
	t.Parallel()

	inputs := []string{
		"Política de **Control** de Acceso — versión 1.2",
		"“Quoted” text\u00a0with   spaces",
		"plain ascii",
	}
	for _, in := range inputs {
		once := Normalize(in)
		if twice := Normalize(once); twice != once {
			t.Errorf("Normalize(Normalize(%q)) = %q, want %q", in, twice, once)
		}
	}
}
