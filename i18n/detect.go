package i18n

import "strings"

// Resolve returns the language of a run: flag when set, else config when
// set, else the language of the locale environment (see Detect). getenv is
// os.Getenv outside tests.
func Resolve(flag, config string, getenv func(string) string) string {
	if flag != "" {
		return flag
	}
	if config != "" {
		return config
	}
	return Detect(getenv)
}

// Detect returns the language that the locale environment requests, in the
// order GNU gettext reads it: the first supported entry of the
// colon-separated LANGUAGE list, then the first non-empty of LC_ALL,
// LC_MESSAGES and LANG. A locale of C or POSIX means English and, as in
// gettext, makes LANGUAGE ignored. Any language other than Spanish gives
// English.
func Detect(getenv func(string) string) string {
	locale := ""
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if value := getenv(name); value != "" {
			locale = value
			break
		}
	}
	if locale == "C" || locale == "POSIX" {
		return English
	}

	for _, entry := range strings.Split(getenv("LANGUAGE"), ":") {
		if lang := localeLanguage(entry); Supported(lang) {
			return lang
		}
	}

	if localeLanguage(locale) == Spanish {
		return Spanish
	}
	return English
}

// localeLanguage returns the lower-case language part of a locale name such
// as "es_MX.UTF-8@euro" or "es-AR".
func localeLanguage(locale string) string {
	end := strings.IndexAny(locale, "_-.@")
	if end >= 0 {
		locale = locale[:end]
	}
	return strings.ToLower(strings.TrimSpace(locale))
}
