package config

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Suppression is one entry of the `suppress:` list. It waives the findings
// of Rule, in files matching the File glob when File is set, for Reason:
//
//	suppress:
//	  - rule: governance-version
//	    file: "policies/legacy/**"
//	    reason: "Legacy policies are retired at the end of the period."
//
// Whether Rule names an existing rule is checked at lint time, where the
// rules are known; an unknown id there becomes a suppression-invalid finding.
type Suppression struct {
	Rule   string `yaml:"rule"`
	File   string `yaml:"file"`
	Reason string `yaml:"reason"`

	// Line is the line of the entry in the configuration file.
	Line int `yaml:"-"`
}

// suppressKeys are the keys of one suppress entry.
var suppressKeys = []string{"rule", "file", "reason"}

// ruleIDPattern is the form of a rule id: lower-case words joined by dashes.
var ruleIDPattern = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

// checkSuppressShape checks, before decoding, that suppress is a list of
// mappings with known keys, so that a mistake is reported with its line
// rather than as a decoding error.
func (v *validator) checkSuppressShape(document *yaml.Node) {
	list := valueOf(document, "suppress")
	if list == nil || list.Tag == "!!null" {
		return
	}
	if list.Kind != yaml.SequenceNode {
		v.add(list.Line, "suppress", "must be a list of entries such as - {rule: governance-version, reason: \"...\"}")
		return
	}

	for i, item := range list.Content {
		key := fmt.Sprintf("suppress[%d]", i)
		if item.Kind != yaml.MappingNode {
			v.add(item.Line, key, "must be a mapping with rule, reason and an optional file glob")
			continue
		}
		for j := 0; j+1 < len(item.Content); j += 2 {
			name := item.Content[j].Value
			if !slices.Contains(suppressKeys, name) {
				v.add(item.Content[j].Line, key+"."+name, "unknown key; allowed here: %s", strings.Join(suppressKeys, ", "))
				continue
			}
			if value := item.Content[j+1]; value.Kind != yaml.ScalarNode {
				v.add(value.Line, key+"."+name, "must be a string")
			}
		}
	}
}

// checkSuppress validates the decoded entries and records their lines:
// rule and reason are required, and file must be a valid glob.
func (v *validator) checkSuppress(document *yaml.Node, cfg *Config) {
	list := valueOf(document, "suppress")
	if list == nil || list.Kind != yaml.SequenceNode {
		return
	}

	for i := range cfg.Suppress {
		entry := &cfg.Suppress[i]
		if i < len(list.Content) {
			entry.Line = list.Content[i].Line
		}
		key := fmt.Sprintf("suppress[%d]", i)

		entry.Rule = strings.TrimSpace(entry.Rule)
		entry.Reason = strings.TrimSpace(entry.Reason)

		switch {
		case entry.Rule == "":
			v.add(entry.Line, key+".rule", "missing; name the rule id the entry waives, as shown in the finding's [rule-id]")
		case !ruleIDPattern.MatchString(entry.Rule):
			v.add(entry.Line, key+".rule", "invalid rule id %q; rule ids are lower-case words joined by dashes", entry.Rule)
		}
		if entry.Reason == "" {
			v.add(entry.Line, key+".reason", "missing; say why the finding does not apply, because an auditor reads it")
		}
		if entry.File != "" && !ValidGlob(entry.File) {
			v.add(entry.Line, key+".file", "invalid glob %q", entry.File)
		}
	}
}

// valueOf returns the value node of key in a mapping, or nil.
func valueOf(mapping *yaml.Node, key string) *yaml.Node {
	for i := 0; mapping.Kind == yaml.MappingNode && i+1 < len(mapping.Content); i += 2 {
		if mapping.Content[i].Value == key {
			return mapping.Content[i+1]
		}
	}
	return nil
}
