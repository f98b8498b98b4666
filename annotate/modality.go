package annotate

import (
	"regexp"
	"strings"
)

// Modalities, from strongest to weakest.
const (
	ModalityMust   = "must"
	ModalityShould = "should"
	ModalityMay    = "may"
)

// Marker classes. A hedge ("where possible") reads as should and also caps
// a must of its own clause at should.
const (
	markerNone = iota
	markerMay
	markerShould
	markerMust
	markerHedge
	markerIgnore
)

// mustPhrases, shouldPhrases, hedgePhrases and mayPhrases are the obligation
// markers in normalized form. Prohibitions are must. ignorePhrases contain
// a marker word but state no obligation, such as "as required" (a vague
// frequency) or "will help" (a prediction). Being the longer match, they
// hide the word inside them.
var (
	mustPhrases = []string{
		"must", "must not", "shall", "shall not", "is required", "are required", "be required",
		"required to", "mandatory", "may only", "can only", "only allowed", "only permitted", "will", "will not", "will ensure", "need to", "needs to",
		"may not", "cannot", "can not", "is prohibited", "are prohibited", "prohibited",
		"is forbidden", "are forbidden", "forbidden", "is not permitted", "are not permitted",
		"not permitted", "is not allowed", "are not allowed", "not allowed", "have to", "has to",
		"debe", "deben", "debera", "deberan", "no debe", "no deben", "no debera", "no deberan",
		"no podra", "no podran", "no puede", "no pueden", "solo podra", "solo podran",
		"solo puede", "solo pueden", "unicamente podra", "unicamente podran", "es obligatorio", "es obligatoria",
		"son obligatorios", "son obligatorias", "obligatorio", "obligatoria", "se requiere",
		"se requieren", "esta obligado", "esta obligada", "estan obligados", "estan obligadas",
		"queda prohibido", "queda prohibida", "quedan prohibidos", "quedan prohibidas",
		"esta prohibido", "esta prohibida", "estan prohibidos", "estan prohibidas",
		"se prohibe", "prohibido", "prohibida", "no esta permitido", "no se permite",
		"no se permiten", "tiene que", "tienen que", "ha de", "han de",
	}
	shouldPhrases = []string{
		"should", "should not", "is encouraged", "are encouraged", "strongly encouraged",
		"encouraged", "recommended", "is recommended", "recommend", "recommends",
		"is expected to", "are expected to", "expected to",
		"deberia", "deberian", "no deberia", "no deberian", "se recomienda", "se recomiendan",
		"se aconseja", "se sugiere", "es recomendable", "recomendado", "recomendada",
		"se espera que",
	}
	hedgePhrases = []string{
		"ideally", "where possible", "where practical", "where practicable", "where feasible",
		"when possible", "when practical", "when feasible", "if possible", "if feasible",
		"if practical", "as far as possible", "as far as practicable", "to the extent possible",
		"to the extent practicable", "to the extent feasible", "best effort", "best efforts",
		"best-effort", "reasonable efforts", "idealmente", "siempre que sea posible",
		"en la medida de lo posible", "cuando sea posible", "cuando sea factible",
		"si es posible", "dentro de lo posible",
	}
	mayPhrases = []string{
		"may", "can", "could", "optional", "optionally", "at the discretion of",
		"at their discretion", "at its discretion", "is permitted to", "are permitted to",
		"is allowed to", "are allowed to", "permitted", "allowed", "not required",
		"not mandatory", "puede", "pueden", "podra", "podran", "podria", "podrian",
		"es opcional", "opcional", "a discrecion de", "se permite", "se permiten",
		"esta permitido", "esta permitida", "no es obligatorio", "no es obligatoria",
		"no se requiere",
	}
	ignorePhrases = []string{
		"as required", "if required", "when required", "where required", "as needed",
		"if needed", "will help", "will likely", "will probably", "will usually",
		"will typically", "will generally", "will allow", "will enable", "free will",
		"can be found", "may be found", "se puede encontrar",
		// A possibility, not a permission.
		"may result", "may lead", "may include", "may involve", "may be subject",
		"may need to", "might need to", "could result", "could lead", "can result", "can lead",
		"puede dar lugar", "pueden dar lugar", "puede conllevar", "puede incluir", "pueden incluir",
	}
)

var (
	// markerIndex holds every marker phrase with its class. Among phrases of
	// one length, the class added first wins.
	markerIndex = phraseIndex{}

	// contrastWords start a new independent clause after a comma.
	contrastWords = []string{
		"but", "however", "whereas", "while", "although", "yet",
		"pero", "sin embargo", "mientras que", "aunque", "no obstante",
	}
	contrastIndex = phraseIndex{}

	// conditionWords start a condition that runs up to the next comma.
	conditionWords = []string{
		"if", "unless", "when", "whenever", "in case", "should", "in the event",
		"si", "cuando", "a menos que", "en caso de que", "salvo que", "en caso de",
	}
	conditionIndex = phraseIndex{}

	// restrictiveWords before a permission make it a restriction.
	restrictiveWords = setOf("only", "solo", "solamente", "unicamente")

	// spanishReflexiveFuture matches "se revisará" in text with accents,
	// which tell the future ("revisará") from the subjunctive ("revisara")
	// and from present forms such as "se considera".
	spanishReflexiveFuture = regexp.MustCompile(`(?i)(?:^|[^\p{L}])se \p{L}{3,}(?:ará|erá|irá)n?(?:[^\p{L}]|$)`)
)

func init() {
	markerIndex.add(markerIgnore, false, ignorePhrases...)
	markerIndex.add(markerMust, false, mustPhrases...)
	markerIndex.add(markerHedge, false, hedgePhrases...)
	markerIndex.add(markerShould, false, shouldPhrases...)
	markerIndex.add(markerMay, false, mayPhrases...)
	contrastIndex.add(0, false, contrastWords...)
	conditionIndex.add(0, false, conditionWords...)
}

// Modality returns the obligation a normalized sentence states: "must",
// "should", "may" or "". Within a clause the strongest marker wins, and a
// hedge ("where possible") caps a must at should. Markers in a leading
// condition ("if it cannot be done, ...") are ignored, except hedges. The
// sentence takes the strongest of its clauses. See the package
// documentation for the reasons.
//
// Normalized text has lost the accents that mark the Spanish reflexive
// future ("se revisará"), so Modality cannot read it; TextModality can.
func Modality(norm string) string {
	return TextModality("", norm)
}

// TextModality is Modality with the sentence as written, which also reads
// the Spanish reflexive future ("la política se revisará") as must. norm
// must be Normalize(text); text may be empty.
func TextModality(text, norm string) string {
	w := newWords(norm, nil)
	return modality(text, &w)
}

func modality(text string, w *words) string {
	best := markerNone
	for first := 0; first < w.len(); {
		last := clauseEnd(w, first)
		if level := clauseModality(w, first, last); level > best {
			best = level
		}
		first = last + 1
	}

	if best < markerMust && strings.Contains(text, "se ") && spanishReflexiveFuture.MatchString(text) {
		best = markerMust
	}

	switch best {
	case markerMust:
		return ModalityMust
	case markerShould:
		return ModalityShould
	case markerMay:
		return ModalityMay
	}
	return ""
}

// clauseEnd returns the last token of the clause that starts at token
// first. A clause ends before a semicolon, and before a contrasting
// conjunction that follows a comma (", but", ", pero").
func clauseEnd(w *words, first int) int {
	for i := first; i+1 < w.len(); i++ {
		gap := w.gap(i)
		if strings.IndexByte(gap, ';') >= 0 {
			return i
		}
		if strings.IndexByte(gap, ',') >= 0 {
			if _, _, ok := contrastIndex.matchAt(w, i+1); ok {
				return i
			}
		}
	}
	return w.len() - 1
}

// clauseModality returns the marker level, markerNone to markerMust, of
// the clause from token first to token last.
func clauseModality(w *words, first, last int) int {
	conditionEnd := conditionEndAt(w, first, last)

	level := markerNone
	hedged, restricted := false, false
	for i := first; i <= last; i++ {
		if restrictiveWords[w.word(i)] {
			restricted = true
		}

		marker, end, ok := markerIndex.matchAt(w, i)
		if !ok || end > last {
			if isPassiveFuture(w, i, last) && i > conditionEnd {
				level = markerMust
			}
			continue
		}

		class := marker.value
		switch {
		case class == markerHedge:
			hedged = true
			class = markerShould
		case class == markerIgnore, i <= conditionEnd:
			class = markerNone
		case class == markerMay && isMonthMay(w, i):
			class = markerNone
		case class == markerMay && restricted:
			// "Only admins may approve" restricts who may.
			class = markerMust
		}
		if class > level {
			level = class
		}
		i = end
	}

	if hedged && level == markerMust {
		return markerShould
	}
	return level
}

// conditionEndAt returns the last token of a condition that opens the
// clause ("if the owner cannot be reached,"), or first-1 when there is
// none.
func conditionEndAt(w *words, first, last int) int {
	if _, _, ok := conditionIndex.matchAt(w, first); !ok {
		return first - 1
	}
	for i := first; i < last; i++ {
		if strings.IndexByte(w.gap(i), ',') >= 0 {
			return i
		}
	}
	return first - 1
}

// isPassiveFuture reports whether tokens i and i+1 are "será" or "serán"
// followed by a participle, as in "el acceso será revocado".
func isPassiveFuture(w *words, i, last int) bool {
	word := w.word(i)
	if (word != "sera" && word != "seran") || i+1 > last || !w.joined(i) {
		return false
	}
	return isParticiple(w.word(i + 1))
}

func isParticiple(word string) bool {
	for _, ending := range []string{"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"} {
		if len(word) > len(ending)+1 && strings.HasSuffix(word, ending) {
			return true
		}
	}
	return false
}

// isMonthMay reports whether "may" at token i is the month: "in may",
// "may 2026", "3 may".
func isMonthMay(w *words, i int) bool {
	if w.word(i) != "may" {
		return false
	}
	before, after := w.wordOr(i-1), w.wordOr(i+1)
	return before == "in" || startsWithDigit(before) || startsWithDigit(after)
}

func startsWithDigit(word string) bool {
	return word != "" && isDigit(word[0])
}
