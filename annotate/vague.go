package annotate

// vaguePhrases are words that state a recurrence without an interval, in
// normalized form.
var vaguePhrases = []string{
	// English.
	"periodically", "periodic", "regularly", "on a regular basis", "on a periodic basis",
	"as needed", "as necessary", "as required", "as appropriate", "when needed",
	"when necessary", "when appropriate", "from time to time", "at management's discretion",
	"in a timely manner", "in a timely fashion", "timely", "promptly", "occasionally",
	"as deemed necessary", "as deemed appropriate",
	// Spanish.
	"periodicamente", "periodica", "periodicas", "periodico", "periodicos", "regularmente",
	"con regularidad", "de forma periodica", "de manera periodica", "de forma regular",
	"de manera regular", "segun sea necesario", "segun se requiera", "cuando sea necesario",
	"cuando se considere oportuno", "cuando se estime oportuno", "de vez en cuando",
	"oportunamente", "en tiempo oportuno", "a discrecion de la direccion",
}

var vagueIndex = phraseIndex{}

func init() {
	vagueIndex.add(0, false, vaguePhrases...)
}

// Vague returns the vague frequency phrases in a normalized sentence, each
// once, in order of appearance. It lists them even when the sentence also
// states a concrete frequency; rules check Frequencies to tell the cases
// apart.
func Vague(norm string) []string {
	w := newWords(norm, nil)
	return vague(&w)
}

func vague(w *words) []string {
	found := []string{}
	var seen phraseSet
	for i := 0; i < w.len(); i++ {
		if _, last, ok := vagueIndex.matchAt(w, i); ok {
			if text := w.text(i, last); seen.add(text) {
				found = append(found, text)
			}
			i = last
		}
	}
	return found
}
