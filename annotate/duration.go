package annotate

import (
	"github.com/soc2lint/soc2lint/model"
)

// durationLeads are the words before an amount of time that belong to the
// deadline: "within", "no later than", "dentro de", "en un plazo de".
var durationLeads = []string{
	"within", "no later than", "not later than", "in under", "under", "up to", "at most",
	"no more than", "not more than", "not to exceed", "not exceeding", "in less than",
	"less than", "a maximum of", "maximum of", "before", "after", "for", "in",
	"dentro de", "en un plazo de", "en un plazo maximo de", "en un plazo no superior a",
	"en un maximo de", "a mas tardar", "a mas tardar en", "antes de", "no mas de",
	"en menos de", "hasta", "durante", "tras", "despues de", "en",
}

// durationArticles and durationOrdinals may sit between the lead and the
// number: "within the first 24 hours", "dentro de las 24 horas".
var (
	durationArticles = setOf("the", "los", "las")
	durationOrdinals = setOf("first", "next", "following", "primeros", "primeras")
)

// fixedDuration is a set of phrases that state a window without a number.
type fixedDuration struct {
	hours   int
	phrases []string
}

var fixedDurations = []fixedDuration{
	{0, []string{
		"immediately", "upon termination", "on termination", "at termination",
		"inmediatamente", "de inmediato", "de forma inmediata", "de manera inmediata",
	}},
	{24, []string{
		"end of the next working day", "end of the next business day", "end of next working day",
		"end of next business day", "end of the following working day",
		"end of the following business day", "end of the working day", "end of the business day",
		"end of the day", "end of day", "close of business",
		"same day", "same business day", "same working day",
		"el mismo dia", "el mismo dia habil", "el mismo dia laborable",
		"final del siguiente dia habil", "final del dia habil siguiente", "final del dia habil",
		"final del proximo dia habil", "cierre del dia", "siguiente dia habil", "dia habil siguiente",
		"proximo dia habil",
	}},
}

var (
	fixedDurationIndex = phraseIndex{}
	durationLeadIndex  = phraseIndex{}
)

func init() {
	for _, fixed := range fixedDurations {
		fixedDurationIndex.add(fixed.hours, false, fixed.phrases...)
	}
	durationLeadIndex.add(0, true, durationLeads...)
	durationLeadIndex.add(0, true, "by", "until", "no later than the", "by the", "before the",
		"until the", "antes del", "dentro del", "hasta el", "al", "a mas tardar al")
}

// recurrenceBefore are words that make the amount after them an interval
// ("every 90 days", "every other week"), which Frequencies reports instead.
var recurrenceBefore = setOf("every", "each", "cada", "other")

// Durations returns the deadlines and time windows stated in a normalized
// sentence, in order of appearance, each phrase once. Business and working
// days count 24 hours each, a year 365 days and a month a twelfth of a year
// (730 hours).
func Durations(norm string) []model.Duration {
	w := newWords(norm, nil)
	return durations(&w)
}

func durations(w *words) []model.Duration {
	found := []model.Duration{}
	var seen phraseSet

	nextFree := 0
	for i := 0; i < w.len(); i++ {
		if fixed, last, ok := fixedDurationIndex.matchAt(w, i); ok {
			first := i
			if i > 0 && w.joined(i-1) {
				if _, leadFirst, ok := durationLeadIndex.matchEnding(w, i-1); ok && leadFirst >= nextFree {
					first = leadFirst
				}
			}
			if text := w.text(first, last); seen.add(text) {
				found = append(found, model.Duration{Phrase: text, Hours: float64(fixed.value)})
			}
			i = last
			nextFree = last + 1
			continue
		}

		hours, first, last, ok := amountAt(w, i, nextFree)
		if !ok {
			continue
		}
		if text := w.text(first, last); seen.add(text) {
			found = append(found, model.Duration{Phrase: text, Hours: hours})
		}
		i = last
		nextFree = last + 1
	}
	return found
}

// amountAt reads an amount of time whose number is at token i, with the
// lead before it when there is one and it starts at or after token
// nextFree. ok is false for an interval ("every 30 days"), for an article
// without a lead ("a day") and for a unit that needs digits ("24h").
func amountAt(w *words, i, nextFree int) (hours float64, first, last int, ok bool) {
	n, ok := numberAt(w, i)
	if !ok {
		return 0, 0, 0, false
	}

	var unit timeUnit
	if n.unit != "" {
		unit, ok = inlineUnit(n.unit, n.last)
	} else if w.joined(n.last) {
		unit, ok = unitAt(w, n.last+1)
	} else {
		ok = false
	}
	if !ok || (unit.hours == 1 && w.word(unit.last) == "h" && !n.digits) {
		return 0, 0, 0, false
	}

	if i > 0 && w.joined(i-1) && recurrenceBefore[w.word(i-1)] {
		return 0, 0, 0, false
	}

	first, hasLead := durationLeadStart(w, i, nextFree)
	if n.article && !hasLead {
		return 0, 0, 0, false
	}
	return n.value * unit.hours, first, unit.last, true
}

// durationLeadStart returns the first token of the lead before the number
// at token i ("within the first"), or i when there is none.
func durationLeadStart(w *words, i, nextFree int) (int, bool) {
	last := i - 1
	if last >= 0 && w.joined(last) && durationOrdinals[w.word(last)] {
		last--
	}
	if last >= 0 && w.joined(last) && durationArticles[w.word(last)] {
		last--
	}
	if last < 0 || !w.joined(last) {
		return i, false
	}

	_, first, ok := durationLeadIndex.matchEnding(w, last)
	if !ok || first < nextFree {
		return i, false
	}
	return first, true
}
