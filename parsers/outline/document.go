package outline

import (
	"path"
	"strings"

	"github.com/soc2lint/soc2lint/model"
)

// NewDocument returns a document of format for the file at name, with every
// list and the metadata criteria and fields empty.
func NewDocument(name, format string) *model.Document {
	return &model.Document{
		File:       name,
		Format:     format,
		Metadata:   model.Metadata{Criteria: []string{}, Fields: map[string]any{}},
		Sections:   []model.Section{},
		Statements: []model.Statement{},
		Tables:     []model.Table{},
		Problems:   []model.Problem{},
	}
}

// FileTitle returns the base name of name, a path with forward or back
// slashes, without the first of extensions it ends with, compared without
// regard to case. A name that is only an extension is returned whole. List
// longer extensions before their suffixes (".md.tmpl" before ".tmpl").
func FileTitle(name string, extensions []string) string {
	base := path.Base(strings.ReplaceAll(name, `\`, "/"))
	lower := strings.ToLower(base)
	for _, ext := range extensions {
		if strings.HasSuffix(lower, ext) && len(base) > len(ext) {
			return base[:len(base)-len(ext)]
		}
	}
	return base
}

// FirstNonEmpty returns the first value that is not "", or "".
func FirstNonEmpty(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}
