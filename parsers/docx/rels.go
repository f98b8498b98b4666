package docx

import (
	"path"
	"strings"

	"github.com/soc2lint/soc2lint/parsers/ooxml"
)

// Relationship type suffixes of the parts read. Transitional and Strict
// OOXML differ in the prefix of the type URI, not in its last segment.
const (
	relOfficeDocument   = "/officeDocument"
	relStyles           = "/styles"
	relCoreProperties   = "/core-properties"
	relCustomProperties = "/custom-properties"
)

// Default part names, used when the relationships do not name the part.
const (
	defaultDocumentPart = "word/document.xml"
	defaultCorePart     = "docProps/core.xml"
	defaultCustomPart   = "docProps/custom.xml"
)

// relationships holds the targets of one .rels part by type suffix.
type relationships map[string]string

// readRelationships reads the .rels part of source ("" for the package)
// and resolves each target against the folder of source. A missing or
// unreadable .rels part yields no relationships: the callers fall back to
// the default part names.
func (a *archive) readRelationships(source string) relationships {
	dir, file := path.Split(source)
	relsPart := path.Join(dir, "_rels", file+".rels")
	rels := relationships{}
	if !a.Has(relsPart) {
		return rels
	}

	var doc struct {
		Relationships []struct {
			Type       string `xml:"Type,attr"`
			Target     string `xml:"Target,attr"`
			TargetMode string `xml:"TargetMode,attr"`
		} `xml:"Relationship"`
	}
	rc, err := a.Open(relsPart)
	if err != nil {
		return rels
	}
	defer rc.Close()
	if err := ooxml.NewDecoder(rc).Decode(&doc); err != nil {
		return rels
	}

	for _, rel := range doc.Relationships {
		if strings.EqualFold(rel.TargetMode, "External") {
			continue
		}
		i := strings.LastIndex(rel.Type, "/")
		if i < 0 {
			continue
		}
		kind := rel.Type[i:]
		if _, seen := rels[kind]; seen {
			continue
		}
		target := rel.Target
		if !strings.HasPrefix(target, "/") {
			target = path.Join(dir, target)
		}
		rels[kind] = strings.TrimPrefix(path.Clean("/"+target), "/")
	}
	return rels
}

// target returns the part of relationship kind, else fallback.
func (r relationships) target(kind, fallback string) string {
	if t, ok := r[kind]; ok {
		return t
	}
	return fallback
}
