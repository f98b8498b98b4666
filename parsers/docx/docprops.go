package docx

import (
	"regexp"
	"strings"

	"github.com/soc2lint/soc2lint/dates"
	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers/meta"
)

// generatedTitle matches core-property titles that a tool filled in
// without the author, such as a file name or a template's placeholder.
var generatedTitle = regexp.MustCompile(`(?i)^(?:untitled.*|document\d*|.*\.(?:docx?|dotx?|docm|odt|rtf|txt|md|html?))$`)

// maxPropertyValue bounds the length of a property value kept, in bytes.
const maxPropertyValue = 4096

// coreProperties are the fields of docProps/core.xml that are read. The
// creator (dc:creator) is not read: it names who made the file, not the
// owner of the policy.
type coreProperties struct {
	Title    string `xml:"title"`
	Keywords string `xml:"keywords"`
}

// customProperties are the name/value pairs of docProps/custom.xml, such
// as an "Owner" or "Version" property a document-management system sets.
type customProperties struct {
	Properties []struct {
		Name   string `xml:"name,attr"`
		Values []struct {
			Value string `xml:",chardata"`
		} `xml:",any"`
	} `xml:"property"`
}

// properties are the fields read from the property parts.
type properties struct {
	title  string
	fields map[string]any

	// keywords is cp:keywords, where authors sometimes list the criteria a
	// policy satisfies.
	keywords string
}

// readProperties reads the core and custom property parts; a part that is
// missing or not well-formed is treated as empty.
func (a *archive) readProperties(rels relationships) properties {
	var props properties

	var core coreProperties
	if part := rels.target(relCoreProperties, defaultCorePart); a.Has(part) && a.DecodePart(part, &core) == nil {
		props.title = strings.TrimSpace(core.Title)
		props.keywords = strings.TrimSpace(core.Keywords)
		if generatedTitle.MatchString(props.title) || len(props.title) > maxPropertyValue {
			props.title = ""
		}
	}

	var custom customProperties
	if part := rels.target(relCustomProperties, defaultCustomPart); a.Has(part) && a.DecodePart(part, &custom) == nil {
		for _, p := range custom.Properties {
			if !meta.IsKey(p.Name) || len(p.Values) == 0 {
				continue
			}
			value := strings.TrimSpace(p.Values[0].Value)
			if value == "" || len(value) > maxPropertyValue {
				continue
			}
			if props.fields == nil {
				props.fields = map[string]any{}
			}
			props.fields[p.Name] = value
		}
	}
	return props
}

// propertyMetadata returns the metadata of the properties, with Source
// "properties", or ok false when they name no document-control field and
// no criterion.
func propertyMetadata(props properties, order dates.Order) (meta.Result, bool) {
	fields := props.fields
	if fields == nil {
		fields = map[string]any{}
	}
	result := meta.FromFields(fields, "properties", model.Location{Line: 1}, order)

	if props.keywords != "" {
		keywords := meta.FromFields(map[string]any{"criteria": props.keywords}, "properties", model.Location{}, order)
		result.Metadata.Criteria = keywords.Metadata.Criteria
	}
	if len(props.fields) == 0 && len(result.Metadata.Criteria) == 0 {
		return meta.Result{}, false
	}
	return result, true
}
