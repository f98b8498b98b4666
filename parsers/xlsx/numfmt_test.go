package xlsx

import "testing"

func TestClassifyFormat(t *testing.T) {
	tests := map[string]dateKind{
		"General":                     notDate,
		"0.00":                        notDate,
		"#,##0.00 \"USD\"":            notDate,
		"0.00E+00":                    notDate,
		"0%":                          notDate,
		"@":                           notDate,
		"[Red]0.00;[Blue]-0.00":       notDate,
		`"Days: "0`:                   notDate,
		"yyyy/m/d":                    dateOnly,
		"[$-409]mmmm d, yyyy":         dateOnly,
		"mmm-yy":                      dateOnly,
		"mmmm":                        dateOnly,
		"dd.mm.yyyy hh:mm":            dateTime,
		`yyyy-mm-dd"T"hh:mm:ss`:       dateTime,
		"m/d/yyyy h:mm AM/PM":         dateTime,
		"h:mm AM/PM":                  timeOnly,
		"mm:ss":                       timeOnly,
		"hh:mm:ss;@":                  timeOnly,
		"[h]:mm:ss":                   elapsedTime,
		"[mm]:ss":                     elapsedTime,
		`\d\a\y 0`:                    notDate,
		"[$-F800]dddd, mmmm dd, yyyy": dateOnly,
	}
	for code, want := range tests {
		if got := classifyFormat(code); got != want {
			t.Errorf("classifyFormat(%q) = %d, want %d", code, got, want)
		}
	}
}

func TestBuiltinKind(t *testing.T) {
	for id, want := range map[int]dateKind{0: notDate, 9: notDate, 14: dateOnly, 17: dateOnly, 18: timeOnly, 21: timeOnly, 22: dateTime, 45: timeOnly, 46: elapsedTime, 47: timeOnly, 49: notDate, 30: dateOnly, 57: dateOnly} {
		if got := builtinKind(id); got != want {
			t.Errorf("builtinKind(%d) = %d, want %d", id, got, want)
		}
	}
}

func TestSerialToISO(t *testing.T) {
	tests := []struct {
		serial   float64
		kind     dateKind
		date1904 bool
		want     string
		ok       bool
	}{
		{1, dateOnly, false, "1900-01-01", true},
		{59, dateOnly, false, "1900-02-28", true},
		{60, dateOnly, false, "1900-02-29", true},
		{61, dateOnly, false, "1900-03-01", true},
		{46082, dateOnly, false, "2026-03-01", true},
		{46082.4375, dateTime, false, "2026-03-01T10:30:00", true},
		{46082.4375, dateOnly, false, "2026-03-01", true},
		{46082.999999999, dateTime, false, "2026-03-02T00:00:00", true},
		{0.75, dateTime, false, "18:00:00", true},
		{0.75, dateOnly, false, "", false},
		{0, dateOnly, true, "1904-01-01", true},
		{44620, dateOnly, true, "2026-03-01", true},
		{1.5, elapsedTime, false, "36:00:00", true},
		{2958465, dateOnly, false, "9999-12-31", true},
		{2958466, dateOnly, false, "", false},
		{-1, dateOnly, false, "", false},
	}
	for _, tt := range tests {
		got, ok := serialToISO(tt.serial, tt.kind, tt.date1904)
		if got != tt.want || ok != tt.ok {
			t.Errorf("serialToISO(%v, %d, 1904=%v) = %q, %v; want %q, %v", tt.serial, tt.kind, tt.date1904, got, ok, tt.want, tt.ok)
		}
	}
}

func TestIsoCellValue(t *testing.T) {
	tests := []struct {
		text string
		kind dateKind
		want string
		ok   bool
	}{
		{"2024-02-29T00:00:00", notDate, "2024-02-29", true},
		{"2024-02-29T13:05:00Z", notDate, "2024-02-29T13:05:00", true},
		{"2024-02-29T13:05:00", dateOnly, "2024-02-29", true},
		{"2024-02-29", dateTime, "2024-02-29T00:00:00", true},
		{"13:05:00", notDate, "13:05:00", true},
		{"yesterday", notDate, "", false},
	}
	for _, tt := range tests {
		got, ok := isoCellValue(tt.text, tt.kind)
		if got != tt.want || ok != tt.ok {
			t.Errorf("isoCellValue(%q, %d) = %q, %v; want %q, %v", tt.text, tt.kind, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFormatNumber(t *testing.T) {
	tests := map[string]string{
		"3":                   "3",
		"0.30000000000000004": "0.3",
		"45000.75":            "45000.75",
		"1E+25":               "1e+25",
		"-0.5":                "-0.5",
		"123456789012345678":  "123456789012346000",
		" 12 ":                "12",
		"abc":                 "abc",
	}
	for in, want := range tests {
		if got := formatNumber(in); got != want {
			t.Errorf("formatNumber(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDecodeEscapes(t *testing.T) {
	tests := map[string]string{
		"plain":               "plain",
		"a_x000D__x000A_b":    "a\nb",
		"_x005F_x0041_":       "_x0041_",
		"tab_x0009_here":      "tab\there",
		"not_xZZZZ_an escape": "not_xZZZZ_an escape",
		"short _x00":          "short _x00",
	}
	for in, want := range tests {
		if got := decodeEscapes(in); got != want {
			t.Errorf("decodeEscapes(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestElementStart(t *testing.T) {
	tests := map[string]int{
		`<sheetData/><mergeCells count="1">`: 12,
		`<x:sheetData/><x:mergeCells>`:       14,
		`<t>mergeCells</t>`:                  -1,
		`<t>a:mergeCells</t>`:                -1,
		`<mergeCellsExtra/><mergeCells>`:     18,
		`<x:mergeCells/>`:                    0,
	}
	for in, want := range tests {
		if got := elementStart([]byte(in), mergeMarker); got != want {
			t.Errorf("elementStart(%q) = %d, want %d", in, got, want)
		}
	}
}
