// Package config loads .soc2lint.yaml, the per-repository configuration.
//
// Unknown keys and invalid values are errors that name the key and its line,
// because a typo in a compliance tool's configuration silently changes what
// gets checked.
package config
