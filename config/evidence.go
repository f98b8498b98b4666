package config

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"go.yaml.in/yaml/v3"

	"github.com/soc2lint/soc2lint/evidence"
)

// EvidenceEntry forces how an evidence export is read, for exports whose
// headers soc2lint does not recognize or recognizes wrongly.
type EvidenceEntry struct {
	// File is a doublestar glob relative to the linted root.
	File string `yaml:"file"`

	// Type is an evidence type, such as access_review.
	Type string `yaml:"type"`

	// Sheet is the worksheet to read in an XLSX file; "" means the first
	// one whose header fits.
	Sheet string `yaml:"sheet"`

	// Columns maps a field of the type to the header that holds it; fields
	// not listed are matched by their usual names.
	Columns map[string]string `yaml:"columns"`
}

// evidenceKeys are the keys of one evidence entry.
var evidenceKeys = []string{"columns", "file", "sheet", "type"}

// EvidenceFor returns the first entry whose glob matches rel, the path of a
// file relative to the linted root, or nil.
func (c *Config) EvidenceFor(rel string) *EvidenceEntry {
	for i, entry := range c.Evidence {
		if ok, _ := doublestar.Match(entry.File, rel); ok {
			return &c.Evidence[i]
		}
	}
	return nil
}

// checkEvidenceShape reports an evidence key that is not a list of
// mappings, and unknown keys in its entries, before the file is decoded.
func (v *validator) checkEvidenceShape(document *yaml.Node) {
	list := evidenceNode(document)
	if list == nil || list.Tag == "!!null" {
		return
	}
	if list.Kind != yaml.SequenceNode {
		v.add(list.Line, "evidence", "must be a list of entries with file:, type: and optional sheet: and columns:")
		return
	}

	for i, item := range list.Content {
		key := fmt.Sprintf("evidence[%d]", i)
		if item.Kind != yaml.MappingNode {
			v.add(item.Line, key, "must be a mapping with file:, type: and optional sheet: and columns:")
			continue
		}
		for j := 0; j+1 < len(item.Content); j += 2 {
			name, value := item.Content[j], item.Content[j+1]
			if !slices.Contains(evidenceKeys, name.Value) {
				v.add(name.Line, key+"."+name.Value, "unknown key; allowed here: %s", strings.Join(evidenceKeys, ", "))
			}
			if name.Value == "columns" && value.Kind != yaml.MappingNode {
				v.add(value.Line, key+".columns", "must be a mapping of field: header")
			}
		}
	}
}

// checkEvidence validates the decoded evidence entries: a valid glob, a
// known type and known fields of that type.
func (v *validator) checkEvidence(document *yaml.Node, entries []EvidenceEntry) {
	list := evidenceNode(document)
	if list == nil || list.Kind != yaml.SequenceNode {
		return
	}
	for i, entry := range entries {
		if i < len(list.Content) {
			v.checkEvidenceEntry(list.Content[i], fmt.Sprintf("evidence[%d]", i), entry)
		}
	}
}

func (v *validator) checkEvidenceEntry(item *yaml.Node, key string, entry EvidenceEntry) {
	if entry.File == "" {
		v.add(item.Line, key+".file", "missing; give a glob such as evidence/uar.csv")
	} else if !ValidGlob(entry.File) {
		v.add(lineOf(item, "file"), key+".file", "invalid glob %q", entry.File)
	}

	spec, ok := evidence.Lookup(entry.Type)
	if !ok {
		v.add(max(lineOf(item, "type"), item.Line), key+".type", "unknown evidence type %q; use one of %s", entry.Type, strings.Join(evidence.Types(), ", "))
		return
	}

	fields := make([]string, 0, len(entry.Columns))
	for field := range entry.Columns {
		fields = append(fields, field)
	}
	sort.Strings(fields)
	for _, field := range fields {
		if !spec.HasField(field) {
			v.add(lineOf(item, "columns", field), key+".columns."+field,
				"unknown field for type %s; use one of %s", entry.Type, strings.Join(spec.FieldNames(), ", "))
		} else if strings.TrimSpace(entry.Columns[field]) == "" {
			v.add(lineOf(item, "columns", field), key+".columns."+field, "empty header; give the column header as written in the file")
		}
	}
}

// evidenceNode returns the value node of the top-level evidence key, or nil.
func evidenceNode(mapping *yaml.Node) *yaml.Node {
	for i := 0; mapping.Kind == yaml.MappingNode && i+1 < len(mapping.Content); i += 2 {
		if mapping.Content[i].Value == "evidence" {
			return mapping.Content[i+1]
		}
	}
	return nil
}

// EvidenceOverride returns the override for the file at rel, relative to the
// linted root, or nil when no entry matches.
func (c *Config) EvidenceOverride(rel string) *evidence.Override {
	entry := c.EvidenceFor(rel)
	if entry == nil {
		return nil
	}
	return &evidence.Override{Type: entry.Type, Sheet: entry.Sheet, Columns: entry.Columns}
}
