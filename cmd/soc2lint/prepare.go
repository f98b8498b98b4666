package main

import (
	"io"

	"github.com/soc2lint/soc2lint/config"
)

// runSettings are the flags that lint and report share.
type runSettings struct {
	config string
	asOf   string
	lang   string
	quiet  bool
}

// prepareRun resolves what lint and report share: the paths (default the
// current folder), the configuration with --as-of and the language applied,
// and the writer for diagnostics (discarded with --quiet). Its error is
// already an exit error.
func prepareRun(paths []string, settings runSettings, stderr io.Writer) ([]string, *config.Config, io.Writer, error) {
	if len(paths) == 0 {
		paths = []string{"."}
	}

	cfg, err := loadConfig(settings.config, paths[0])
	if err != nil {
		return nil, nil, nil, &exitError{code: ExitError, err: err}
	}
	if settings.asOf != "" {
		cfg.AsOf = settings.asOf
	}
	cfg.Lang = runLang(settings.lang, cfg)

	diagnostics := stderr
	if settings.quiet {
		diagnostics = io.Discard
	}
	return paths, cfg, diagnostics, nil
}
