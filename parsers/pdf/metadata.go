package pdf

import (
	"regexp"
	"strings"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
	"github.com/soc2lint/soc2lint/parsers/meta"
)

// keyValueLine matches "Owner: Jane Doe" with a short key.
var keyValueLine = regexp.MustCompile(`^\s*([^:]{2,40}?)\s*:\s+(\S.*)$`)

// controlHeading matches the headings of document-control blocks.
var controlHeading = regexp.MustCompile(`(?i)document (control|information|history|details)|version (control|history)|revision history|control (de|del) documento|historial de (versiones|revisiones)`)

// Bounds on document-control lines. Policies put their control block on
// the first pages or under a heading such as "Document Control". Body text
// further on that starts with "Owner:" or "Approved:" is prose.
const (
	controlPages    = 2
	maxControlValue = 120
)

// generatedTitle matches document-information titles that a generator
// filled from a file name, such as "Microsoft Word - policy.docx".
var generatedTitle = regexp.MustCompile(`(?i)^(?:microsoft \w+ - .*|untitled.*|.*\.(?:docx?|odt|rtf|txt|pdf|tex|dvi|pages|md|html?))$`)

// documentInfo holds the document information dictionary fields used.
type documentInfo struct {
	title, author string
}

// fieldCollector gathers document-control pairs in document order; the
// first value of a key wins.
type fieldCollector struct {
	fields map[string]any
	seen   map[string]bool
	first  model.Location
}

// applyMetadata fills the Document's Metadata and Title. Fields come from
// a document-control block in the text when there is one, and from the
// document information dictionary otherwise.
func applyMetadata(doc *model.Document, file parsers.File, blocks []*block, info documentInfo, opts parsers.Options) {
	c := &fieldCollector{fields: map[string]any{}, seen: map[string]bool{}}
	underControlHeading := false
	for _, b := range blocks {
		if b.kind == blockHeading {
			underControlHeading = controlHeading.MatchString(joinLines(b.lines, " "))
			continue
		}
		if b.kind == blockTable || underControlHeading || b.lines[0].page <= controlPages {
			c.collect(b)
		}
	}

	var result meta.Result
	controlTitle := ""
	switch {
	case len(c.fields) > 0:
		result = meta.FromFields(c.fields, "document_control", c.first, opts.DateOrder)
		controlTitle = result.Title
	case info.title != "" || info.author != "":
		fields := map[string]any{}
		if info.title != "" {
			fields["Title"] = info.title
		}
		if info.author != "" {
			fields["Author"] = info.author
		}
		result = meta.FromFields(fields, "properties", model.Location{Page: 1}, opts.DateOrder)
	default:
		result.Metadata = doc.Metadata
	}

	doc.Metadata = result.Metadata
	doc.Problems = append(doc.Problems, result.Problems...)
	doc.Title = chooseTitle(controlTitle, info.title, doc, file)
}

// collect reads the pairs of one block: the rows of a table whose first
// column holds field names, a header row of field names over one row of
// values, or lines written as "Key: value" or "Key <gap> value".
func (c *fieldCollector) collect(b *block) {
	switch b.kind {
	case blockTable:
		t := b.table
		if !isKeyValueTable(t.rows) && !isKeyValueTable(t.rows[1:]) && keyCount(t.rows[0]) < 2 {
			return
		}
		for i, row := range t.rows {
			if len(row) >= 2 {
				c.add(row[0], strings.Join(nonEmpty(row[1:]), " "), t.lines[i])
			}
		}
		if len(t.rows) >= 2 && keyCount(t.rows[0]) >= max(2, (len(t.rows[0])+1)/2) {
			for i, key := range t.rows[0] {
				c.add(key, t.rows[1][i], t.lines[0])
			}
		}
	case blockParagraph, blockListItem:
		for _, l := range b.lines {
			c.collectLine(l)
		}
	}
}

func (c *fieldCollector) collectLine(l *line) {
	if len(l.cells) >= 2 {
		values := make([]string, 0, len(l.cells)-1)
		for _, cell := range l.cells[1:] {
			values = append(values, cell.text)
		}
		c.add(l.cells[0].text, strings.Join(values, " "), l)
		return
	}

	text := l.cells[0].text
	text = text[listMarkerLength(text):]
	if m := keyValueLine.FindStringSubmatch(text); m != nil {
		c.add(m[1], m[2], l)
	}
}

func (c *fieldCollector) add(key, value string, l *line) {
	key = strings.TrimSuffix(strings.TrimSpace(key), ":")
	value = strings.TrimSpace(value)
	normalized := meta.NormalizeKey(key)
	if value == "" || len(value) > maxControlValue || !isMetadataKey(key) || c.seen[normalized] {
		return
	}

	if len(c.fields) == 0 {
		c.first = location(l)
	}
	c.seen[normalized] = true
	c.fields[key] = value
}

// isMetadataKey reports whether key names a document-control field or the
// document title.
func isMetadataKey(key string) bool {
	key = strings.TrimSuffix(strings.TrimSpace(key), ":")
	return meta.IsKey(key) || meta.NormalizeKey(key) == "title"
}

func keyCount(cells []string) int {
	n := 0
	for _, c := range cells {
		if isMetadataKey(c) {
			n++
		}
	}
	return n
}

// chooseTitle returns the document-control title, else the document
// information title unless a generator made it from a file name, else the
// first heading of page 1, else the file name.
func chooseTitle(controlTitle, infoTitle string, doc *model.Document, file parsers.File) string {
	if controlTitle != "" {
		return controlTitle
	}
	if infoTitle != "" && !generatedTitle.MatchString(infoTitle) {
		return infoTitle
	}
	for _, s := range doc.Sections {
		if s.Page == 1 {
			return s.Title
		}
		break
	}
	return fileTitle(file)
}
