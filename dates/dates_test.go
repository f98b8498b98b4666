package dates

import "testing"

func TestParse(t *testing.T) {
	cases := []struct {
		name  string
		in    string
		order Order
		want  string
	}{
		{"iso", "2026-03-01", DMY, "2026-03-01"},
		{"iso unpadded", "2026-3-1", DMY, "2026-03-01"},
		{"english month", "March 1, 2026", DMY, "2026-03-01"},
		{"lower-case month", "march 1, 2026", DMY, "2026-03-01"},
		{"short month no comma", "Jun 1 2018", DMY, "2018-06-01"},
		{"day first month name", "1 March 2026", DMY, "2026-03-01"},
		{"spanish", "1 de marzo de 2026", DMY, "2026-03-01"},
		{"numeric dmy", "01/03/2026", DMY, "2026-03-01"},
		{"numeric mdy", "01/03/2026", MDY, "2026-01-03"},
		{"datetime", "2026-03-01T10:00:00Z", DMY, "2026-03-01"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse(tc.in, tc.order)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.in, err)
			}
			if Format(got) != tc.want {
				t.Errorf("Parse(%q) = %s, want %s", tc.in, Format(got), tc.want)
			}
		})
	}
}

func TestParseRejects(t *testing.T) {
	for _, in := range []string{"", "soon", "2026-13-45", "32/01/2026", "Q3 2026"} {
		if got, err := Parse(in, DMY); err == nil {
			t.Errorf("Parse(%q) = %s, want an error", in, Format(got))
		}
	}
}
