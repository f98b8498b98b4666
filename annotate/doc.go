// Package annotate is the stage between the parsers and the rule engine. It
// splits the block statements of a model.Document into sentences and fills
// the fields that rules match on: Norm, Modality, Frequencies, Durations,
// Vague, and the document's Language and Kind.
//
// Every function works on English and Spanish text and is deterministic: the
// same document always gets the same annotations, in the same order.
//
// Choices that rules depend on:
//
//   - Modality. Markers are looked up in each clause of a sentence, where
//     clauses are separated by ";" and by contrasting conjunctions
//     (", but", ", however", ", pero", ", sin embargo"). Inside a clause the
//     strongest marker wins (must > should > may), and the sentence takes
//     the strongest of its clauses, so one obligation anywhere in a
//     sentence makes it a must.
//   - A hedge such as "where possible" or "siempre que sea posible" caps a
//     must of its own clause at should, because "must be encrypted where
//     possible" obliges nothing. Other markers inside a leading condition
//     ("if ...,", "si ...,") are ignored.
//   - Prohibitions ("may not", "must not", "cannot", "no podrá", "queda
//     prohibido") are must. A permission after "only" ("only admins may
//     approve") is a restriction, so must too. Possibilities ("may result
//     in", "may include") are not permissions and count as nothing.
//   - "will" is must, as policies write commitments in the future tense
//     ("Access will be revoked"), except in predictions such as "will
//     help". The Spanish passive future ("será revocado") is must, and so
//     is the reflexive future ("se revisará") when the accents are there to
//     tell it from other tenses.
//   - Frequencies. Adjectives such as "annual" or "mensual" are not a
//     frequency when they describe a quantity rather than an activity
//     ("annual leave", "ingresos anuales") or ordinary work ("daily work");
//     the excluded nouns are listed in frequency.go. "Annual report" stays a
//     frequency, as producing a report every year is a recurring activity.
//     A frequency right after "not" or "no" is skipped. "every N months" is N*365/12 days,
//     rounded down, so that "every 3 months" equals "quarterly" (91).
//   - Durations. Business and working days count 24 hours each, like
//     calendar days, because the hours of a business day depend on the
//     organization. A month is 730 hours, a twelfth of 365 days, so that
//     "12 months" equals "one year". "immediately" and "upon termination"
//     are 0 hours. A number that follows "every" or "cada" is a frequency,
//     not a duration.
//   - Vague words are listed even when the same sentence also states a
//     concrete frequency ("periodically, at least quarterly"). Rules decide,
//     by checking Frequencies, whether the vague word is harmless.
//   - Language is "en" or "es" from stop-word counts, and "" for short text,
//     for undecided text and for French, which is counted as a third class
//     so that it does not pass for Spanish.
package annotate
