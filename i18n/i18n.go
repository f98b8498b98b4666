// Package i18n holds the fixed strings of the command line and the text
// report in English and Spanish, keyed by message id, and chooses the
// language from the --lang flag, the configuration and the locale
// environment.
//
// Finding messages and remediation text are not here: rules carry them in
// both languages (see finding.Localize). The readiness report keeps its own
// labels in the report package.
package i18n

import "fmt"

// Languages soc2lint writes.
const (
	English = "en"
	Spanish = "es"
)

// Languages lists the supported languages, English first.
var Languages = []string{English, Spanish}

// Key identifies a message in the catalog. Keys are constants so that a
// misspelled key fails to compile.
type Key string

// Supported reports whether lang is a language soc2lint writes.
func Supported(lang string) bool {
	return lang == English || lang == Spanish
}

// Text returns the message key in lang. An unsupported lang falls back to
// English, and a key missing from the catalog returns the key itself, so a
// gap shows up in output instead of failing the run.
func Text(lang string, key Key) string {
	entry, ok := catalog[key]
	if !ok {
		return string(key)
	}
	if text, ok := entry[lang]; ok {
		return text
	}
	return entry[English]
}

// Sprintf formats the message key in lang with args, as fmt.Sprintf does.
func Sprintf(lang string, key Key, args ...any) string {
	return fmt.Sprintf(Text(lang, key), args...)
}

// Plural returns one when n is 1 and many otherwise, both in lang. English
// and Spanish share this rule for whole numbers.
func Plural(lang string, n int, one, many Key) string {
	if n == 1 {
		return Text(lang, one)
	}
	return Text(lang, many)
}
