package config

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// node describes the keys allowed under one mapping, or the value of a leaf
// key. A nil children map with anyKeys set allows any key (rule ids under
// rules.severity), each with a single value.
type node struct {
	children map[string]*node
	anyKeys  bool
	value    valueKind
}

// valueKind is the YAML shape of a leaf key's value, checked before
// decoding so that a mistake names its key rather than a Go type.
type valueKind int

const (
	// scalarValue is one string, date or number. It is the zero value, so a
	// leaf key added to the schema is checked without more code.
	scalarValue valueKind = iota

	// intValue is a whole number.
	intValue

	// listValue is a list of scalars.
	listValue

	// checkedElsewhere is a value that a dedicated check examines
	// (evidence, suppress).
	checkedElsewhere
)

// schema lists every key a configuration file may contain.
var schema = &node{children: map[string]*node{
	"organization": {},
	"scope": {children: map[string]*node{
		"categories": {value: listValue},
		"audit_type": {},
		"period": {children: map[string]*node{
			"start": {},
			"end":   {},
		}},
	}},
	"as_of":      {},
	"date_order": {},
	"lang":       {},
	"include":    {value: listValue},
	"exclude":    {value: listValue},
	"rules": {children: map[string]*node{
		"disable":  {value: listValue},
		"severity": {anyKeys: true},
		"paths":    {value: listValue},
	}},
	"evidence": {value: checkedElsewhere},
	"limits": {children: map[string]*node{
		"max_file_bytes":         {value: intValue},
		"max_decompressed_bytes": {value: intValue},
		"max_rows":               {value: intValue},
		"timeout_seconds":        {value: intValue},
		"max_statements":         {value: intValue},
		"max_memory_bytes":       {value: intValue},
	}},
	// suppress is a list; checkSuppressShape checks the keys of its items.
	"suppress": {value: checkedElsewhere},
}}

// validator collects configuration mistakes with their lines.
type validator struct {
	file string
	errs []error
}

func (v *validator) add(line int, key, format string, args ...any) {
	v.errs = append(v.errs, &Error{File: v.file, Line: line, Key: key, Msg: fmt.Sprintf(format, args...)})
}

// checkKeys reports keys that the schema does not know, with the keys that
// are allowed at that level.
func (v *validator) checkKeys(mapping *yaml.Node, prefix string, allowed *node) {
	if mapping.Kind != yaml.MappingNode {
		return
	}
	if allowed.anyKeys {
		for i := 0; i+1 < len(mapping.Content); i += 2 {
			v.checkValue(mapping.Content[i+1], joinKey(prefix, mapping.Content[i].Value), scalarValue)
		}
		return
	}

	for i := 0; i+1 < len(mapping.Content); i += 2 {
		keyNode, valueNode := mapping.Content[i], mapping.Content[i+1]
		key := joinKey(prefix, keyNode.Value)

		child, ok := allowed.children[keyNode.Value]
		if !ok {
			v.add(keyNode.Line, key, "unknown key; allowed here: %s", knownKeys(allowed))
			continue
		}

		if child.children != nil || child.anyKeys {
			if valueNode.Kind != yaml.MappingNode && valueNode.Tag != "!!null" {
				v.add(valueNode.Line, key, "must be a mapping")
				continue
			}
			v.checkKeys(valueNode, key, child)
			continue
		}
		v.checkValue(valueNode, key, child.value)
	}
}

// checkValue reports a leaf value whose YAML shape is not kind, such as a
// list where one string belongs or one string where a list belongs. An
// empty value is allowed everywhere and means the default.
func (v *validator) checkValue(value *yaml.Node, key string, kind valueKind) {
	if value.Kind == yaml.AliasNode && value.Alias != nil {
		value = value.Alias
	}
	if value.Tag == "!!null" {
		return
	}

	switch kind {
	case scalarValue:
		if value.Kind != yaml.ScalarNode {
			v.add(value.Line, key, "must be a single value, not %s", describeNode(value))
		}

	case intValue:
		if value.Kind != yaml.ScalarNode || value.Tag != "!!int" {
			v.add(value.Line, key, "must be a whole number, not %s", describeNode(value))
		}

	case listValue:
		if value.Kind == yaml.ScalarNode {
			v.add(value.Line, key, "must be a list; write [%q]", value.Value)
			return
		}
		if value.Kind != yaml.SequenceNode {
			v.add(value.Line, key, "must be a list, not %s", describeNode(value))
			return
		}
		for i, item := range value.Content {
			if item.Kind != yaml.ScalarNode {
				v.add(item.Line, fmt.Sprintf("%s[%d]", key, i), "must be a single value, not %s", describeNode(item))
			}
		}
	}
}

// describeNode names the shape of a YAML value for messages.
func describeNode(value *yaml.Node) string {
	switch value.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	default:
		return fmt.Sprintf("%q", value.Value)
	}
}

// checkValues validates decoded values, taking lines from the YAML tree.
func (v *validator) checkValues(document *yaml.Node, cfg *Config) {
	for _, category := range cfg.Scope.Categories {
		if !slices.Contains(Categories, category) {
			v.add(lineOf(document, "scope", "categories"), "scope.categories",
				"unknown category %q; use %s", category, categoryList())
		}
	}

	switch cfg.Scope.AuditType {
	case "", "type1", "type2":
	default:
		v.add(lineOf(document, "scope", "audit_type"), "scope.audit_type",
			"invalid value %q; use type1 or type2", cfg.Scope.AuditType)
	}

	v.checkDate(document, cfg.Scope.Period.Start, "scope", "period", "start")
	v.checkDate(document, cfg.Scope.Period.End, "scope", "period", "end")
	v.checkDate(document, cfg.AsOf, "as_of")
	v.checkEvidence(document, cfg.Evidence)

	start, end := cfg.Scope.Period.Start, cfg.Scope.Period.End
	if ValidDate(start) && ValidDate(end) && end < start {
		v.add(lineOf(document, "scope", "period", "end"), "scope.period.end",
			"%s is before scope.period.start %s", end, start)
	}
	if cfg.Scope.AuditType == "type2" && (start == "" || end == "") {
		v.add(lineOf(document, "scope", "audit_type"), "scope.period",
			"a type2 audit needs scope.period.start and scope.period.end")
	}

	switch cfg.DateOrder {
	case "", "dmy", "mdy":
	default:
		v.add(lineOf(document, "date_order"), "date_order", "invalid value %q; use dmy or mdy", cfg.DateOrder)
	}

	switch cfg.Lang {
	case "", "en", "es":
	default:
		v.add(lineOf(document, "lang"), "lang", "unsupported language %q; use en or es", cfg.Lang)
	}

	for _, pattern := range append(append([]string{}, cfg.Include...), cfg.Exclude...) {
		if !ValidGlob(pattern) {
			v.add(lineOf(document, "include"), "include/exclude", "invalid glob %q", pattern)
		}
	}

	for rule, severity := range cfg.Rules.Severity {
		if !slices.Contains(Severities, severity) {
			v.add(lineOf(document, "rules", "severity", rule), "rules.severity."+rule,
				"invalid severity %q; use error, warning or info", severity)
		}
	}

	for _, path := range cfg.Rules.Paths {
		if strings.TrimSpace(path) == "" {
			v.add(lineOf(document, "rules", "paths"), "rules.paths", "empty path; list folders or .rego files of custom rules")
		}
	}

	limits := cfg.Limits
	if limits.MaxFileBytes < 0 || limits.MaxDecompressedBytes < 0 || limits.MaxRows < 0 || limits.TimeoutSeconds < 0 || limits.MaxStatements < 0 {
		v.add(lineOf(document, "limits"), "limits", "limits must be positive numbers (0 means the default)")
	}
	if limits.MaxMemoryBytes < 0 || (limits.MaxMemoryBytes > 0 && limits.MaxMemoryBytes < MinMaxMemoryBytes) {
		v.add(lineOf(document, "limits", "max_memory_bytes"), "limits.max_memory_bytes",
			"invalid value %d; use 0 for the default of 2 GiB, or at least %d bytes (64 MiB)", limits.MaxMemoryBytes, MinMaxMemoryBytes)
	}
}

// MinMaxMemoryBytes is the smallest limits.max_memory_bytes accepted. The
// heap holds the compiled rules and the parsed documents before any rule
// runs, so a smaller limit would stop every rule.
const MinMaxMemoryBytes = 64 << 20

func (v *validator) checkDate(document *yaml.Node, value string, path ...string) {
	if value != "" && !ValidDate(value) {
		v.add(lineOf(document, path...), strings.Join(path, "."), "invalid date %q; write it as YYYY-MM-DD", value)
	}
}

// lineOf returns the line of the value at path, or of the deepest key found.
func lineOf(mapping *yaml.Node, path ...string) int {
	line := 0
	current := mapping
	for _, key := range path {
		found := false
		for i := 0; current.Kind == yaml.MappingNode && i+1 < len(current.Content); i += 2 {
			if current.Content[i].Value == key {
				line = current.Content[i].Line
				current = current.Content[i+1]
				found = true
				break
			}
		}
		if !found {
			break
		}
	}
	return line
}

func joinKey(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

func knownKeys(allowed *node) string {
	keys := make([]string, 0, len(allowed.children))
	for key := range allowed.children {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	return strings.Join(keys, ", ")
}
