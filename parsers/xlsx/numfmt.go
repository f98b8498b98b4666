package xlsx

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// dateKind is the way a number format shows a serial number.
type dateKind uint8

const (
	notDate dateKind = iota
	dateOnly
	dateTime
	timeOnly
	// elapsedTime is a duration format such as [h]:mm:ss, whose hours do
	// not wrap at 24.
	elapsedTime
)

// builtinKind classifies the built-in number formats that ECMA-376 Part 1,
// 18.8.30 defines or reserves for dates and times: 14-22 and 45-47 in every
// locale, 27-36 and 50-58 in East Asian locales.
func builtinKind(id int) dateKind {
	switch {
	case id >= 14 && id <= 17:
		return dateOnly
	case id >= 18 && id <= 21, id == 45, id == 47:
		return timeOnly
	case id == 22:
		return dateTime
	case id == 46:
		return elapsedTime
	case id >= 27 && id <= 36, id >= 50 && id <= 58:
		return dateOnly
	}
	return notDate
}

// classifyFormat reads a custom number format code. Only the first section
// (the one for positive numbers) counts. Quoted text, escaped and padding
// characters and bracketed locale, color and condition codes are ignored;
// [h], [m] and [s] mark an elapsed time. A format shows a date when it has
// y or d, or an m without h or s in the format. It shows a time when it has
// h or s.
func classifyFormat(code string) dateKind {
	var letters strings.Builder
	elapsed := false

	for i := 0; i < len(code); i++ {
		c := code[i]
		switch c {
		case ';':
			i = len(code)
		case '"':
			end := strings.IndexByte(code[i+1:], '"')
			if end < 0 {
				i = len(code)
			} else {
				i += end + 1
			}
		case '\\', '_', '*':
			i++
		case '[':
			end := strings.IndexByte(code[i+1:], ']')
			if end < 0 {
				i = len(code)
				break
			}
			inner := strings.ToLower(code[i+1 : i+1+end])
			if strings.Trim(inner, "hms") == "" && inner != "" {
				elapsed = true
				letters.WriteString(inner)
			}
			i += end + 1
		default:
			letters.WriteByte(c)
		}
	}

	text := strings.ToLower(letters.String())
	text = strings.ReplaceAll(text, "am/pm", "")
	text = strings.ReplaceAll(text, "a/p", "")

	hasTime := strings.ContainsAny(text, "hs")
	hasDate := strings.ContainsAny(text, "yd") || (strings.Contains(text, "m") && !hasTime)
	switch {
	case hasDate && hasTime:
		return dateTime
	case hasDate:
		return dateOnly
	case elapsed:
		return elapsedTime
	case hasTime:
		return timeOnly
	}
	return notDate
}

// maxSerial is 9999-12-31, the last date Excel shows.
const maxSerial = 2958465

// secondsPerDay is the number of seconds in one serial-number day.
const secondsPerDay = 86400

var (
	epoch1900 = time.Date(1899, time.December, 31, 0, 0, 0, 0, time.UTC)
	epoch1904 = time.Date(1904, time.January, 1, 0, 0, 0, 0, time.UTC)
)

// serialToISO returns serial, a date serial number, as ISO 8601 text in the
// shape that kind selects: "2026-03-01", "2026-03-01T10:30:00" or "10:30:00".
// Times round to the second. In the 1900 system serial 1 is 1900-01-01 and,
// as in Excel, serial 60 is 1900-02-29, a day that never existed, so later
// serials are one day behind a plain count. It returns false for serials a
// spreadsheet shows as an error or as a bare number: negative, past
// 9999-12-31, or a date-only format below 1 in the 1900 system (Excel shows
// the nonexistent 1900-01-00).
func serialToISO(serial float64, kind dateKind, date1904 bool) (string, bool) {
	if serial < 0 || serial >= maxSerial+1 || math.IsNaN(serial) {
		return "", false
	}

	seconds := int64(math.Round(serial * secondsPerDay))
	days := seconds / secondsPerDay
	clock := seconds % secondsPerDay
	hms := fmt.Sprintf("%02d:%02d:%02d", clock/3600, clock/60%60, clock%60)

	switch kind {
	case elapsedTime:
		return fmt.Sprintf("%02d:%02d:%02d", seconds/3600, seconds/60%60, seconds%60), true
	case timeOnly:
		return hms, true
	}

	var date string
	switch {
	case date1904:
		date = epoch1904.AddDate(0, 0, int(days)).Format("2006-01-02")
	case days == 0:
		if kind == dateTime {
			return hms, true
		}
		return "", false
	case days == 60:
		date = "1900-02-29"
	case days < 60:
		date = epoch1900.AddDate(0, 0, int(days)).Format("2006-01-02")
	default:
		date = epoch1900.AddDate(0, 0, int(days)-1).Format("2006-01-02")
	}

	if kind == dateTime {
		return date + "T" + hms, true
	}
	return date, true
}

// isoLayouts are the forms of a t="d" cell value, which ECMA-376 defines as
// ISO 8601.
var isoLayouts = []string{
	"2006-01-02T15:04:05.999999999Z07:00",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02",
	"15:04:05.999999999",
	"15:04:05",
}

// isoCellValue normalizes the text of a t="d" cell to the shape that kind
// selects. Under a style that is not a date format the value is a date at
// midnight and a date-time otherwise. It returns false for text that is not
// ISO 8601.
func isoCellValue(text string, kind dateKind) (string, bool) {
	text = strings.TrimSpace(text)
	for _, layout := range isoLayouts {
		t, err := time.Parse(layout, text)
		if err != nil {
			continue
		}
		if t.Year() == 0 {
			return t.Format("15:04:05"), true
		}

		switch kind {
		case dateOnly:
			return t.Format("2006-01-02"), true
		case timeOnly, elapsedTime:
			return t.Format("15:04:05"), true
		case dateTime:
			return t.Format("2006-01-02T15:04:05"), true
		}
		if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
			return t.Format("2006-01-02"), true
		}
		return t.Format("2006-01-02T15:04:05"), true
	}
	return "", false
}

// formatNumber writes a numeric cell value the way a General format shows
// it: at most 15 significant digits, in plain decimal notation unless the
// magnitude needs an exponent. Text that is not a number is returned
// trimmed.
func formatNumber(text string) string {
	text = strings.TrimSpace(text)
	v, err := strconv.ParseFloat(text, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return text
	}

	rounded, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	if magnitude := math.Abs(rounded); rounded == 0 || (magnitude >= 1e-9 && magnitude < 1e21) {
		return strconv.FormatFloat(rounded, 'f', -1, 64)
	}
	return strconv.FormatFloat(rounded, 'g', -1, 64)
}
