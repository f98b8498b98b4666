package config

import "path/filepath"

// RulePaths returns rules.paths resolved against the folder of the
// configuration file, so that a configuration reads the same rules from any
// working directory. Absolute paths are kept; without a file (defaults) the
// paths are relative to the working directory.
func (c *Config) RulePaths() []string {
	base := "."
	if c.Path != "" {
		base = filepath.Dir(c.Path)
	}

	paths := make([]string, 0, len(c.Rules.Paths))
	for _, path := range c.Rules.Paths {
		if !filepath.IsAbs(path) {
			path = filepath.Join(base, path)
		}
		paths = append(paths, path)
	}
	return paths
}
