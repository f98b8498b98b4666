package outline

import "github.com/soc2lint/soc2lint/model"

// AppendSection appends a section titled title to doc under the section at
// index parent (-1 for none) and returns its index. Its Path is the parent's
// Path followed by title.
func AppendSection(doc *model.Document, parent, level int, title string, loc model.Location, endLine int) int {
	path := []string{}
	if parent >= 0 {
		path = append(path, doc.Sections[parent].Path...)
	}
	path = append(path, title)

	index := len(doc.Sections)
	doc.Sections = append(doc.Sections, model.Section{
		Index:    index,
		Parent:   parent,
		Level:    level,
		Title:    title,
		Path:     path,
		Location: loc,
		EndLine:  endLine,
	})
	return index
}
