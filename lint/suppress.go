package lint

import (
	"github.com/soc2lint/soc2lint/config"
	"github.com/soc2lint/soc2lint/discover"
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/finding"
	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/suppress"
)

// suppressFindings marks the findings that an inline directive or a
// suppress entry of the configuration waives, and adds a
// suppression-invalid finding for each waiver that cannot be applied. It
// runs before applyConfig so that rules.disable and rules.severity apply to
// suppression-invalid too.
func suppressFindings(findings []finding.Finding, files []discover.File, cfg *config.Config, eng *engine.Engine) []finding.Finding {
	var markdown []suppress.File
	for _, file := range files {
		if file.Format == model.FormatMarkdown {
			markdown = append(markdown, suppress.File{Path: file.Path, Rel: file.Rel})
		}
	}

	return suppress.Apply(findings, suppress.Options{
		Files:        markdown,
		Entries:      cfg.Suppress,
		ConfigFile:   cfg.Path,
		KnownRule:    KnownRuleIDs(eng),
		MaxFileBytes: parseOptions(cfg).WithDefaultsFor(model.FormatMarkdown).MaxFileBytes,
	})
}
