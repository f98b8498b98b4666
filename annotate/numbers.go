package annotate

import (
	"strconv"
	"strings"
)

// englishNumbers and spanishNumbers map number words, in normalized form,
// to their value. They go up to 30 because deadlines such as "thirty days"
// or "treinta días" are written out; frequencies use the same words.
var englishNumbers = map[string]int{
	"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"twenty-one": 21, "twenty-two": 22, "twenty-three": 23, "twenty-four": 24,
	"twenty-five": 25, "twenty-six": 26, "twenty-seven": 27, "twenty-eight": 28,
	"twenty-nine": 29, "twenty one": 21, "twenty two": 22, "twenty three": 23,
	"twenty four": 24, "twenty five": 25, "twenty six": 26, "twenty seven": 27,
	"twenty eight": 28, "twenty nine": 29,
}

var spanishNumbers = map[string]int{
	"uno": 1, "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
	"seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11,
	"doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16,
	"diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
	"veintiuno": 21, "veintiun": 21, "veintiuna": 21, "veintidos": 22,
	"veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26,
	"veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30,
}

// articles read as the number one only after a word such as "within":
// "within a day" is a duration, "once a day" is not.
var articles = setOf("a", "an", "un", "una")

// amount is a number read from the tokens of a sentence.
type amount struct {
	value float64

	// digits is set when the number is written in digits.
	digits bool

	// article is set for "a", "an", "un" and "una".
	article bool

	// unit is a unit written in the same token, as in "24-hour" or "24h".
	unit string

	// last is the index of the last token of the number.
	last int
}

// numberAt reads a number starting at token i: digits with an optional
// decimal part ("1.5", "1,5"), digits joined to a unit ("24-hour", "24h"),
// or an English or Spanish number word, including "twenty four" in two
// words.
func numberAt(w *words, i int) (amount, bool) {
	word := w.word(i)

	if isDigit(word[0]) {
		return digitsAmount(word, i)
	}

	if i+1 < w.len() && w.joined(i) {
		if n, ok := englishNumbers[word+" "+w.word(i+1)]; ok {
			return amount{value: float64(n), last: i + 1}, true
		}
	}
	if n, ok := englishNumbers[word]; ok {
		return amount{value: float64(n), article: articles[word], last: i}, true
	}
	if n, ok := spanishNumbers[word]; ok {
		return amount{value: float64(n), article: articles[word], last: i}, true
	}
	return amount{}, false
}

// digitsAmount reads "24", "1.5", "24-hour" or "24h".
func digitsAmount(word string, i int) (amount, bool) {
	end := 0
	for end < len(word) && (isDigit(word[end]) || word[end] == '.' || word[end] == ',') {
		end++
	}
	if end > 7 {
		return amount{}, false
	}

	value, err := strconv.ParseFloat(strings.Replace(word[:end], ",", ".", 1), 64)
	if err != nil {
		return amount{}, false
	}

	unit := strings.TrimPrefix(word[end:], "-")
	return amount{value: value, digits: true, unit: unit, last: i}, true
}

// timeUnit is a unit of time read from the tokens of a sentence.
type timeUnit struct {
	// hours is the length of one unit in hours.
	hours float64

	// calendar is set for days, weeks, months and years, the units an
	// interval such as "every 2 weeks" may use.
	calendar bool

	// last is the index of the last token of the unit.
	last int
}

// unitWords maps a unit word to its length in hours. A year is 365 days and
// a month a twelfth of it (730 hours), so that "12 months" equals "1 year".
var unitWords = map[string]timeUnit{
	"minute": {hours: 1.0 / 60}, "minutes": {hours: 1.0 / 60}, "min": {hours: 1.0 / 60},
	"mins": {hours: 1.0 / 60}, "minuto": {hours: 1.0 / 60}, "minutos": {hours: 1.0 / 60},
	"hour": {hours: 1}, "hours": {hours: 1}, "hr": {hours: 1}, "hrs": {hours: 1}, "h": {hours: 1},
	"hora": {hours: 1}, "horas": {hours: 1},
	"day": {hours: 24, calendar: true}, "days": {hours: 24, calendar: true},
	"dia": {hours: 24, calendar: true}, "dias": {hours: 24, calendar: true},
	"week": {hours: 7 * 24, calendar: true}, "weeks": {hours: 7 * 24, calendar: true},
	"semana": {hours: 7 * 24, calendar: true}, "semanas": {hours: 7 * 24, calendar: true},
	"month": {hours: hoursPerMonth, calendar: true}, "months": {hours: hoursPerMonth, calendar: true},
	"mes": {hours: hoursPerMonth, calendar: true}, "meses": {hours: hoursPerMonth, calendar: true},
	"year": {hours: 365 * 24, calendar: true}, "years": {hours: 365 * 24, calendar: true},
	"ano": {hours: 365 * 24, calendar: true}, "anos": {hours: 365 * 24, calendar: true},
}

const hoursPerMonth = 365 * 24 / 12

// dayQualifiers turn "days" into business, working or calendar days, which
// all count 24 hours. English puts them before the unit, Spanish after.
var (
	dayQualifiersBefore = setOf("business", "working", "calendar")
	dayQualifiersAfter  = setOf("habil", "habiles", "laborable", "laborables", "naturales", "calendario", "corridos")
)

// unitAt reads a unit of time starting at token i: "hours", "business
// days", "dias habiles".
func unitAt(w *words, i int) (timeUnit, bool) {
	if i >= w.len() {
		return timeUnit{}, false
	}
	word := w.word(i)

	if dayQualifiersBefore[word] && w.joined(i) {
		next := w.word(i + 1)
		if next == "day" || next == "days" {
			return timeUnit{hours: 24, last: i + 1}, true
		}
		return timeUnit{}, false
	}

	unit, ok := unitWords[word]
	if !ok {
		return timeUnit{}, false
	}
	unit.last = i

	if (word == "dia" || word == "dias") && w.joined(i) && dayQualifiersAfter[w.word(i+1)] {
		unit.last = i + 1
		unit.calendar = false
	}
	return unit, true
}

// inlineUnit reads the unit of "24-hour" or "24h".
func inlineUnit(text string, last int) (timeUnit, bool) {
	unit, ok := unitWords[text]
	unit.last = last
	return unit, ok
}
