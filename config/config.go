package config

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/bmatcuk/doublestar/v4"
	"go.yaml.in/yaml/v3"

	"github.com/soc2lint/soc2lint/dates"
)

// FileName is the configuration file looked up at the root of a linted folder.
const FileName = ".soc2lint.yaml"

// Trust Services Criteria categories, as written in scope.categories.
const (
	CategorySecurity            = "security"
	CategoryAvailability        = "availability"
	CategoryConfidentiality     = "confidentiality"
	CategoryProcessingIntegrity = "processing_integrity"
	CategoryPrivacy             = "privacy"
)

// Categories lists every category in report order.
var Categories = []string{
	CategorySecurity, CategoryAvailability, CategoryConfidentiality,
	CategoryProcessingIntegrity, CategoryPrivacy,
}

// Severities a rule can have, strongest first.
var Severities = []string{"error", "warning", "info"}

// Config is the parsed configuration with defaults applied.
type Config struct {
	// Path is the file the configuration was read from, or "" for defaults.
	Path string `yaml:"-"`

	Organization string `yaml:"organization"`
	Scope        Scope  `yaml:"scope"`

	// AsOf is the date freshness checks use, as YYYY-MM-DD; "" means today.
	AsOf string `yaml:"as_of"`

	// DateOrder is the order of numeric dates such as 01/03/2026: "dmy"
	// (default) or "mdy".
	DateOrder string `yaml:"date_order"`

	// Lang is the language of messages and reports: "en" or "es". It is ""
	// when the file does not set it, so that the command line can fall back
	// to the locale; lint.Run reads "" as English.
	Lang string `yaml:"lang"`

	// Include and Exclude are doublestar globs relative to the linted root.
	// When Include is empty every supported file is linted.
	Include []string `yaml:"include"`
	Exclude []string `yaml:"exclude"`

	Rules  Rules  `yaml:"rules"`
	Limits Limits `yaml:"limits"`

	// Evidence forces the evidence type and columns of matching files.
	Evidence []EvidenceEntry `yaml:"evidence"`

	// Suppress waives findings by rule and file glob; see suppress.go.
	Suppress []Suppression `yaml:"suppress"`
}

// Scope is the audit scope: categories, audit type and period.
type Scope struct {
	// Categories always contains "security"; Load adds it when missing.
	Categories []string `yaml:"categories"`

	// AuditType is "type1" or "type2".
	AuditType string `yaml:"audit_type"`

	Period Period `yaml:"period"`
}

// Period is the Type II examination period, as YYYY-MM-DD dates.
type Period struct {
	Start string `yaml:"start"`
	End   string `yaml:"end"`
}

// Rules changes which rules run and how severe their findings are.
type Rules struct {
	// Disable lists rule ids that do not run.
	Disable []string `yaml:"disable"`

	// Severity maps a rule id to "error", "warning" or "info".
	Severity map[string]string `yaml:"severity"`

	// Paths are folders or .rego files of custom rules, relative to the
	// folder of the configuration file; RulePaths resolves them.
	Paths []string `yaml:"paths"`

	// Refs are the ids under Disable and Severity with their lines, for
	// CheckRuleIDs.
	Refs []RuleRef `yaml:"-"`
}

// Limits bound the work done on one input file.
type Limits struct {
	MaxFileBytes         int64 `yaml:"max_file_bytes"`
	MaxDecompressedBytes int64 `yaml:"max_decompressed_bytes"`
	MaxRows              int   `yaml:"max_rows"`

	// TimeoutSeconds bounds parsing and evaluation of one file.
	TimeoutSeconds int `yaml:"timeout_seconds"`

	// MaxStatements bounds the statements of one document that rules see;
	// a longer document is checked on its first MaxStatements statements.
	MaxStatements int `yaml:"max_statements"`

	// MaxMemoryBytes is the Go heap size, in bytes, past which the rules
	// running at that moment are stopped and reported as rule-memory; 0
	// means engine.DefaultMaxMemoryBytes (2 GiB).
	MaxMemoryBytes int64 `yaml:"max_memory_bytes"`
}

// Default returns the configuration used when no file exists.
func Default() *Config {
	return &Config{
		Scope:     Scope{Categories: []string{CategorySecurity}, AuditType: "type1"},
		DateOrder: string(dates.DMY),
	}
}

// Error is a configuration mistake at a line of the file.
type Error struct {
	File string
	Line int
	Key  string
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s: %s", e.File, e.Line, e.Key, e.Msg)
	}
	return fmt.Sprintf("%s: %s: %s", e.File, e.Key, e.Msg)
}

// Load reads and validates the configuration at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading config %s: %w", path, err)
	}
	return Parse(path, data)
}

// Find returns the path of the configuration file in root, or "" when none
// exists.
func Find(root string) string {
	path := filepath.Join(root, FileName)
	if info, err := os.Stat(path); err == nil && !info.IsDir() {
		return path
	}
	return ""
}

// Parse validates data as the configuration named name. All mistakes found
// are returned together, joined, each an *Error.
func Parse(name string, data []byte) (*Config, error) {
	cfg := Default()
	cfg.Path = name

	if len(bytes.TrimSpace(data)) == 0 {
		return cfg, nil
	}

	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%s: invalid YAML: %w", name, err)
	}
	if len(root.Content) == 0 {
		return cfg, nil
	}

	document := root.Content[0]
	if document.Kind != yaml.MappingNode {
		return nil, &Error{File: name, Line: document.Line, Key: "(top level)", Msg: "must be a mapping of keys such as scope: and rules:"}
	}

	v := validator{file: name}
	v.checkKeys(document, "", schema)
	v.checkEvidenceShape(document)
	v.checkSuppressShape(document)
	if len(v.errs) > 0 {
		return nil, errors.Join(v.errs...)
	}

	if err := document.Decode(cfg); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}

	recordRuleRefs(document, cfg)
	v.checkValues(document, cfg)
	v.checkSuppress(document, cfg)
	if len(v.errs) > 0 {
		return nil, errors.Join(v.errs...)
	}

	cfg.normalize()
	return cfg, nil
}

// InScope reports whether category is in the audit scope.
func (c *Config) InScope(category string) bool {
	return slices.Contains(c.Scope.Categories, category)
}

// AsOfDate returns AsOf parsed, or today's date when AsOf is empty.
func (c *Config) AsOfDate() time.Time {
	if t, err := time.Parse(dates.ISO, c.AsOf); err == nil {
		return t
	}
	now := time.Now()
	return time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
}

// normalize puts security into the scope and sorts categories in report
// order.
func (c *Config) normalize() {
	if !slices.Contains(c.Scope.Categories, CategorySecurity) {
		c.Scope.Categories = append(c.Scope.Categories, CategorySecurity)
	}

	order := map[string]int{}
	for i, category := range Categories {
		order[category] = i
	}
	sort.SliceStable(c.Scope.Categories, func(i, j int) bool {
		return order[c.Scope.Categories[i]] < order[c.Scope.Categories[j]]
	})
	c.Scope.Categories = slices.Compact(c.Scope.Categories)

	if c.Scope.AuditType == "" {
		c.Scope.AuditType = "type1"
	}
	if c.DateOrder == "" {
		c.DateOrder = string(dates.DMY)
	}
}

// ValidDate reports whether s is a YYYY-MM-DD date.
func ValidDate(s string) bool {
	_, err := time.Parse(dates.ISO, s)
	return err == nil
}

// ValidGlob reports whether pattern is a valid doublestar glob.
func ValidGlob(pattern string) bool {
	return doublestar.ValidatePattern(pattern)
}

// categoryList returns the categories joined for messages.
func categoryList() string {
	return strings.Join(Categories, ", ")
}
