package annotate

import (
	"github.com/soc2lint/soc2lint/model"
)

// namedFrequency is a set of phrases that state one interval.
type namedFrequency struct {
	days    int
	phrases []string
}

// namedFrequencies are the interval words in normalized form (no accents,
// so "año" is "ano").
var namedFrequencies = []namedFrequency{
	{1, []string{
		"daily", "nightly", "every day", "each day", "every night", "once a day", "once per day",
		"diario", "diaria", "diarios", "diarias", "diariamente", "cada dia", "todos los dias",
		"una vez al dia", "una vez por dia",
	}},
	{2, []string{"every other day", "cada dos dias"}},
	{7, []string{
		"weekly", "every week", "each week", "once a week", "once per week",
		"semanal", "semanales", "semanalmente", "cada semana", "todas las semanas",
		"una vez a la semana", "una vez por semana",
	}},
	{14, []string{
		"biweekly", "bi-weekly", "fortnightly", "every other week", "every two weeks",
		"quincenal", "quincenales", "quincenalmente", "cada quince dias", "cada dos semanas",
	}},
	{30, []string{
		"monthly", "every month", "each month", "once a month", "once per month",
		"mensual", "mensuales", "mensualmente", "cada mes", "todos los meses",
		"una vez al mes", "una vez por mes",
	}},
	{60, []string{"every other month", "every two months", "bimonthly", "bi-monthly", "bimestral", "bimestrales", "cada dos meses"}},
	{91, []string{
		"quarterly", "every quarter", "each quarter", "once a quarter", "once per quarter",
		"every three months", "trimestral", "trimestrales", "trimestralmente", "cada trimestre",
		"cada tres meses", "una vez al trimestre", "una vez por trimestre",
	}},
	{182, []string{
		"twice a year", "twice per year", "twice yearly", "twice annually", "semi-annually",
		"semiannually", "semi-annual", "semiannual", "bi-annually", "biannually", "bi-annual",
		"biannual", "half-yearly", "half yearly", "every six months", "every half year",
		"semestral", "semestrales", "semestralmente", "cada semestre", "cada seis meses",
		"dos veces al ano", "dos veces por ano",
	}},
	{365, []string{
		"annually", "annual", "yearly", "once a year", "once per year", "every year", "each year",
		"every twelve months", "every 12 months",
		"anual", "anuales", "anualmente", "cada ano", "todos los anos", "una vez al ano",
		"una vez por ano", "cada doce meses", "cada 12 meses",
	}},
	{730, []string{
		"every other year", "every two years", "biennial", "biennially", "bienal", "bienales",
		"cada dos anos",
	}},
}

// frequencyLeads are the words kept before a frequency because they are
// part of how the interval is stated: "at least annually".
var frequencyLeads = []string{"at least", "no less than", "al menos", "como minimo", "por lo menos", "once"}

// recurrenceWords start an "every N units" interval.
var recurrenceWords = setOf("every", "each", "cada")

var (
	frequencyIndex     = phraseIndex{}
	frequencyLeadIndex = phraseIndex{}
)

func init() {
	for _, named := range namedFrequencies {
		frequencyIndex.add(named.days, false, named.phrases...)
	}
	frequencyLeadIndex.add(0, true, frequencyLeads...)
}

// quantityNounsAfter are nouns that, after "annual", "monthly" and the other
// interval adjectives, name an amount or ordinary work rather than a
// recurring activity: "annual leave", "quarterly earnings", "daily work".
// quantityNounsBefore are the Spanish ones, which come before the
// adjective: "ingresos anuales".
var (
	quantityNounsAfter = setOf(
		"leave", "revenue", "revenues", "income", "salary", "salaries", "wage", "wages",
		"earnings", "turnover", "sales", "profit", "profits", "budget", "budgets", "bonus",
		"bonuses", "vacation", "vacations", "holiday", "holidays", "allowance", "allowances",
		"fee", "fees", "subscription", "subscriptions", "dues", "rate", "rates", "interest",
		"growth", "dividend", "dividends", "compensation", "pay", "spend", "spending", "cost",
		"costs", "premium", "premiums", "recurring", "active", "volume", "quota", "limit",
		"percentage", "return", "returns", "price", "pricing", "billing", "invoice", "invoices",
		"availability", "uptime",
		// Ordinary work, which happens every day without being a control.
		"work", "activities", "operations", "tasks", "use", "routine", "life", "business",
	)
	quantityNounsBefore = setOf(
		"vacaciones", "ingresos", "ingreso", "facturacion", "ventas", "presupuesto",
		"presupuestos", "salario", "salarios", "sueldo", "sueldos", "cuota", "cuotas", "tasa",
		"tasas", "interes", "intereses", "beneficio", "beneficios", "ganancias", "utilidades",
		"gasto", "gastos", "coste", "costes", "costo", "costos", "prima", "primas", "pago",
		"pagos", "renta", "rentas", "dividendos", "limite", "consumo", "crecimiento", "bono",
		"bonos", "retribucion", "remuneracion", "precio", "precios", "factura", "facturas",
		"disponibilidad", "trabajo", "actividades", "operaciones", "tareas", "uso", "vida",
	)
	intervalAdjectives = setOf(
		"annual", "yearly", "quarterly", "monthly", "weekly", "daily", "biannual", "semiannual",
		"semi-annual", "bi-annual", "half-yearly", "biennial", "biweekly", "bi-weekly",
		"anual", "anuales", "mensual", "mensuales", "trimestral", "trimestrales", "semestral",
		"semestrales", "semanal", "semanales", "diario", "diaria", "diarios", "diarias",
		"quincenal", "quincenales", "bienal", "bienales",
	)
)

// Frequencies returns the recurring intervals stated in a normalized
// sentence, in order of appearance, each phrase once. An interval adjective
// that describes an amount ("annual leave", "ventas anuales") is skipped,
// and so is a deadline such as "within 30 days", which is a Duration.
func Frequencies(norm string) []model.Frequency {
	w := newWords(norm, nil)
	return frequencies(&w)
}

func frequencies(w *words) []model.Frequency {
	found := []model.Frequency{}
	var seen phraseSet

	for i := 0; i < w.len(); i++ {
		days, last, ok := frequencyAt(w, i)
		if !ok {
			continue
		}
		if negated(w, i) {
			i = last
			continue
		}

		first := i
		for first > 0 && w.joined(first-1) {
			_, leadFirst, ok := frequencyLeadIndex.matchEnding(w, first-1)
			if !ok {
				break
			}
			first = leadFirst
		}
		if text := w.text(first, last); seen.add(text) {
			found = append(found, model.Frequency{Phrase: text, Days: days})
		}
		i = last
	}
	return found
}

// frequencyAt reads a frequency starting at token i: a named interval or
// "every N units", whichever is longer. A named interval wins a tie, so
// "cada quince dias" is 14 days rather than 15.
func frequencyAt(w *words, i int) (days, last int, ok bool) {
	named, namedLast, namedOK := frequencyIndex.matchAt(w, i)
	if namedOK && len(named.words) == 1 && intervalAdjectives[named.words[0]] && describesQuantity(w, i) {
		namedOK = false
	}

	everyDays, everyLast, everyOK := everyAt(w, i)
	switch {
	case everyOK && (!namedOK || everyLast > namedLast):
		return everyDays, everyLast, true
	case namedOK:
		return named.value, namedLast, true
	}
	return 0, 0, false
}

// everyAt reads "every N units" or "cada N unidades" at token i.
func everyAt(w *words, i int) (days, last int, ok bool) {
	if !recurrenceWords[w.word(i)] || !w.joined(i) {
		return 0, 0, false
	}

	n, ok := numberAt(w, i+1)
	if !ok || n.article || n.unit != "" || n.value != float64(int(n.value)) || !w.joined(n.last) {
		return 0, 0, false
	}

	unit, ok := unitAt(w, n.last+1)
	if !ok {
		return 0, 0, false
	}

	days = intervalDays(int(n.value), unit)
	return days, unit.last, days > 0
}

// intervalDays returns n units in days. Months are n*365/12 days rounded
// down, so 3 months is 91 like "quarterly" and 12 months is 365. Hours count
// only in whole days ("every 24 hours").
func intervalDays(n int, unit timeUnit) int {
	switch {
	case n <= 0:
		return 0
	case unit.hours == hoursPerMonth:
		return n * 365 / 12
	case unit.calendar:
		return n * int(unit.hours) / 24
	case unit.hours == 1 && n%24 == 0:
		return n / 24
	}
	return 0
}

// describesQuantity reports whether the interval adjective at token i is
// followed (English) or preceded (Spanish) by a noun of quantity.
func describesQuantity(w *words, i int) bool {
	return quantityNounsAfter[w.wordOr(i+1)] || quantityNounsBefore[w.wordOr(i-1)]
}

// negated reports whether the frequency at token i follows "not" or "no",
// as in "training is not annual but monthly".
func negated(w *words, i int) bool {
	before := w.wordOr(i - 1)
	return (before == "not" || before == "no") && w.joined(i-1)
}
