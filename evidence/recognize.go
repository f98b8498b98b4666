package evidence

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/soc2lint/soc2lint/parsers/meta"
)

// Header match scores. An exact synonym beats a header that contains the
// synonym's words in order ("IdP Deactivated At" for "deactivated at"),
// which beats one that contains them in any order.
const (
	scoreExact     = 1.0
	scoreContained = 0.8
	scoreAllWords  = 0.6
)

// minFields is the fewest matched fields a recognized table has, so that a
// two-column table with "user" and "date" is not taken for an access review.
const minFields = 3

// Override forces the type of a file and, optionally, the header of some
// fields, as set under `evidence:` in the configuration.
type Override struct {
	Type string

	// Sheet is the worksheet to read; "" means the first table that fits.
	Sheet string

	// Columns maps a field name to the header that holds it.
	Columns map[string]string
}

// Recognition is the type recognized from a header and where each field is.
type Recognition struct {
	// Type is the evidence type, or "" when no type matched.
	Type string

	// Columns maps a field name to the header it is read from.
	Columns map[string]string

	// Index maps a field name to its column index in the header.
	Index map[string]int

	// Score is the sum of the field match scores of the chosen type.
	Score float64
}

// Recognize picks the evidence type whose fields best match header. hint is
// extra text (file name, table title) searched for a type's Signals. An
// override forces the type and its configured columns, and the remaining
// fields are matched by score. An override column that is not in the header
// is an error.
func Recognize(header []string, hint string, override *Override) (Recognition, error) {
	normalized := make([]string, len(header))
	for i, cell := range header {
		normalized[i] = normalizeHeader(cell)
	}

	if override != nil {
		spec, ok := Lookup(override.Type)
		if !ok {
			return Recognition{}, fmt.Errorf("unknown evidence type %q; use one of %s", override.Type, strings.Join(Types(), ", "))
		}
		return match(spec, header, normalized, override.Columns)
	}

	best := Recognition{}
	for _, spec := range specs {
		if len(spec.Signals) > 0 && !hasSignal(spec.Signals, normalized, hint) {
			continue
		}
		candidate, _ := match(spec, header, normalized, nil)
		if !satisfies(spec, candidate) || candidate.Score <= best.Score {
			continue
		}
		best = candidate
	}
	return best, nil
}

// match assigns header columns to the fields of spec. Forced columns come
// first; the rest go greedily to the highest-scoring field-column pairs.
func match(spec Spec, header, normalized []string, forced map[string]string) (Recognition, error) {
	rec := Recognition{Type: spec.Name, Columns: map[string]string{}, Index: map[string]int{}}
	taken := map[int]bool{}

	forcedFields := make([]string, 0, len(forced))
	for field := range forced {
		forcedFields = append(forcedFields, field)
	}
	sort.Strings(forcedFields)
	for _, field := range forcedFields {
		if !spec.HasField(field) {
			return rec, fmt.Errorf("evidence type %s has no field %q; its fields are %s", spec.Name, field, strings.Join(spec.FieldNames(), ", "))
		}
		want := normalizeHeader(forced[field])
		index := -1
		for i, cell := range normalized {
			if cell == want && !taken[i] {
				index = i
				break
			}
		}
		if index < 0 {
			return rec, fmt.Errorf("column %q for field %s is not in the header %q", forced[field], field, strings.Join(header, ", "))
		}
		taken[index] = true
		rec.Columns[field] = header[index]
		rec.Index[field] = index
		rec.Score += scoreExact
	}

	type pair struct {
		field  int
		column int
		score  float64
	}
	var pairs []pair
	for f, field := range spec.Fields {
		if _, done := rec.Index[field.Name]; done {
			continue
		}
		for c, cell := range normalized {
			if taken[c] || cell == "" {
				continue
			}
			if score := headerScore(cell, field.Synonyms); score > 0 {
				pairs = append(pairs, pair{f, c, score})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		if pairs[i].score != pairs[j].score {
			return pairs[i].score > pairs[j].score
		}
		if pairs[i].column != pairs[j].column {
			return pairs[i].column < pairs[j].column
		}
		return pairs[i].field < pairs[j].field
	})

	for _, p := range pairs {
		name := spec.Fields[p.field].Name
		if _, done := rec.Index[name]; done || taken[p.column] {
			continue
		}
		taken[p.column] = true
		rec.Columns[name] = header[p.column]
		rec.Index[name] = p.column
		rec.Score += p.score
	}
	return rec, nil
}

// satisfies reports whether every required group of spec has a matched field
// and enough fields matched.
func satisfies(spec Spec, rec Recognition) bool {
	if len(rec.Index) < minFields {
		return false
	}
	for _, group := range spec.Required {
		found := false
		for _, name := range group {
			if _, ok := rec.Index[name]; ok {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// headerScore returns the best score of a normalized header against the
// synonyms, or 0 when none matches.
func headerScore(header string, synonyms []string) float64 {
	words := strings.Fields(header)
	best := 0.0
	for _, synonym := range synonyms {
		score := 0.0
		switch {
		case header == synonym:
			score = scoreExact
		case containsRun(words, strings.Fields(synonym)):
			score = scoreContained
		case containsAll(words, strings.Fields(synonym)):
			score = scoreAllWords
		}
		// A longer synonym that matches is more specific: "approved at"
		// inside "ci approved at" is a closer match than "approved".
		if score > 0 && score < scoreExact {
			score += 0.01 * float64(len(strings.Fields(synonym)))
		}
		best = max(best, score)
	}
	return best
}

// containsRun reports whether run appears in words as consecutive words.
func containsRun(words, run []string) bool {
	if len(run) == 0 || len(run) > len(words) {
		return false
	}
	for i := 0; i+len(run) <= len(words); i++ {
		if equalWords(words[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// containsAll reports whether every word of want appears in words. A single
// word is left to containsRun, so "date" alone does not match every header
// that ends in "date" at this lower score twice.
func containsAll(words, want []string) bool {
	if len(want) < 2 {
		return false
	}
	for _, w := range want {
		found := false
		for _, word := range words {
			if word == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// hasSignal reports whether a header or the hint contains one of signals.
func hasSignal(signals, headers []string, hint string) bool {
	text := strings.Join(headers, " ") + " " + normalizeHeader(hint)
	for _, signal := range signals {
		if strings.Contains(text, signal) {
			return true
		}
	}
	return false
}

// normalizeHeader splits camelCase, lower-cases, removes accents and folds
// separators, so "Fecha de Revisión", "fecha_de_revision" and
// "FechaDeRevision" compare equal.
func normalizeHeader(cell string) string {
	var b strings.Builder
	var previous rune
	for i, r := range strings.TrimSpace(cell) {
		if i > 0 && unicode.IsUpper(r) && unicode.IsLower(previous) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		previous = r
	}
	key := meta.NormalizeKey(b.String())
	key = strings.NewReplacer("/", " ", "(", " ", ")", " ", "#", " ", "?", " ", "'", "").Replace(key)
	return strings.Join(strings.Fields(key), " ")
}
