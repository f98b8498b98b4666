package main

import (
	"os"

	"github.com/soc2lint/soc2lint/config"
	"github.com/soc2lint/soc2lint/i18n"
)

// envLang returns the language the locale environment requests. It decides
// the language of messages written before the configuration is read.
func envLang() string {
	return i18n.Detect(os.Getenv)
}

// flagOrEnvLang returns flag when it names a supported language, else the
// language of the environment, so that the error about an invalid --lang is
// itself readable.
func flagOrEnvLang(flag string) string {
	if i18n.Supported(flag) {
		return flag
	}
	return envLang()
}

// runLang returns the language of a run: --lang, else lang in the
// configuration file, else the locale environment.
func runLang(flag string, cfg *config.Config) string {
	return i18n.Resolve(flag, configLang(cfg), os.Getenv)
}

// configLang returns the lang key of the configuration, or "" when the file
// does not set it.
func configLang(cfg *config.Config) string {
	if cfg == nil {
		return ""
	}
	return cfg.Lang
}
