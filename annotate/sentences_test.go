package annotate

import (
	"reflect"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	t.Parallel()

	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences", "Access is reviewed. Logs are kept.", []string{"Access is reviewed.", "Logs are kept."}},
		{"question and exclamation", "Who approves? The CISO! Always.", []string{"Who approves?", "The CISO!", "Always."}},
		{"lower case after period", "Use version 2. then restart.", []string{"Use version 2. then restart."}},
		{"tls version", "Use TLS 1.2 or higher. Older versions are disabled.", []string{"Use TLS 1.2 or higher.", "Older versions are disabled."}},
		{"version at sentence end", "The minimum is TLS 1.2. Weak ciphers are disabled.", []string{"The minimum is TLS 1.2.", "Weak ciphers are disabled."}},
		{"decimal", "Uptime is 99.9 percent. Backups run nightly.", []string{"Uptime is 99.9 percent.", "Backups run nightly."}},
		{"section number", "See section 3.2 Access Reviews for details.", []string{"See section 3.2 Access Reviews for details."}},
		{"e.g.", "Use strong factors, e.g. Hardware keys or TOTP.", []string{"Use strong factors, e.g. Hardware keys or TOTP."}},
		{"i.e.", "Only admins, i.e. The platform team, have access.", []string{"Only admins, i.e. The platform team, have access."}},
		{"etc.", "Laptops, phones, etc. Are covered.", []string{"Laptops, phones, etc. Are covered."}},
		{"inc.", "Acme Inc. Owns the data.", []string{"Acme Inc. Owns the data."}},
		{"mr.", "Ask Mr. Smith for access.", []string{"Ask Mr. Smith for access."}},
		{"no. before digit", "See ticket No. 42 for details.", []string{"See ticket No. 42 for details."}},
		{"no at spanish sentence end", "El usuario dijo que no. Luego se revisó.", []string{"El usuario dijo que no.", "Luego se revisó."}},
		{"approx.", "It takes approx. 5 minutes.", []string{"It takes approx. 5 minutes."}},
		{"initial", "Approved by J. Smith today.", []string{"Approved by J. Smith today."}},
		{"spanish p. ej.", "Use factores fuertes, p. ej. Llaves físicas.", []string{"Use factores fuertes, p. ej. Llaves físicas."}},
		{"spanish sr. and dra.", "El Sr. Pérez y la Dra. Gómez aprueban.", []string{"El Sr. Pérez y la Dra. Gómez aprueban."}},
		{"spanish inverted question", "Revise los accesos. ¿Quién aprueba? La dirección.", []string{"Revise los accesos.", "¿Quién aprueba?", "La dirección."}},
		{"spanish inverted exclamation", "Cuidado. ¡No comparta claves!", []string{"Cuidado.", "¡No comparta claves!"}},
		{"quote opens", `Read the rules. "Never share keys" is rule one.`, []string{"Read the rules.", `"Never share keys" is rule one.`}},
		{"closing quote kept", `He wrote "Stop." Then left.`, []string{`He wrote "Stop."`, "Then left."}},
		{"closing parenthesis kept", "Keys rotate (see below.) Logs are kept.", []string{"Keys rotate (see below.)", "Logs are kept."}},
		{"digit opens", "Steps follow. 3 approvers sign.", []string{"Steps follow.", "3 approvers sign."}},
		{"list number at line start", "1. Scope of the policy\n2. Roles", []string{"1. Scope of the policy\n2. Roles"}},
		{"ellipsis", "Wait... Then retry.", []string{"Wait...", "Then retry."}},
		{"no space after period", "See example.com/Path for more.", []string{"See example.com/Path for more."}},
		{"trailing white space", "  One.  Two.  ", []string{"One.", "Two."}},
		{"emphasis after period", "First rule. **Second** rule.", []string{"First rule.", "**Second** rule."}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()

			var got []string
			for _, s := range splitSentences(tt.in) {
				got = append(got, s.text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("splitSentences(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitSentencesLineDelta(t *testing.T) {
	t.Parallel()

	text := "First sentence runs\nover two lines. Second starts on line two.\nThird is on line three. Fourth too."
	want := []sentence{
		{"First sentence runs\nover two lines.", 0},
		{"Second starts on line two.", 1},
		{"Third is on line three.", 2},
		{"Fourth too.", 2},
	}
	if got := splitSentences(text); !reflect.DeepEqual(got, want) {
		t.Errorf("splitSentences() = %+v, want %+v", got, want)
	}
}

func TestSplitSentencesStartAfterBreak(t *testing.T) {
	t.Parallel()

	// The second sentence starts after the line break, so it is on line 1
	// of the block, not 0.
	got := splitSentences("Ends here.\nNext one.")
	if len(got) != 2 || got[1].lineDelta != 1 {
		t.Errorf("splitSentences() = %+v, want the second sentence at line delta 1", got)
	}
}

func TestSplitSentencesLongSentenceWhole(t *testing.T) {
	t.Parallel()

	long := "Access "
	for range 5000 {
		long += "and more access, e.g. Keys "
	}
	long += "end."
	if got := splitSentences(long); len(got) != 1 {
		t.Errorf("splitSentences(long) returned %d sentences, want 1", len(got))
	}
}

func TestJoinLines(t *testing.T) {
	t.Parallel()

	tests := []struct{ in, want string }{
		{"one line", "one line"},
		{"first\nsecond", "first second"},
		{"first  \n   second\r\nthird", "first second third"},
		{"  padded  ", "padded"},
		{"\n\n", ""},
	}
	for _, tt := range tests {
		if got := joinLines(tt.in); got != tt.want {
			t.Errorf("joinLines(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
