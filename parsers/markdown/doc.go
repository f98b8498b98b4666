// Package markdown parses Markdown policies into a model.Document.
//
// It reads CommonMark with GitHub tables through goldmark, YAML front matter
// (with or without the opening `---`), and a document-control table when the
// front matter names no document-control field. Every heading becomes a
// section. Every heading, paragraph, list item and table row becomes a
// statement whose text keeps the source line breaks and whose line is the
// line in the file.
//
// Parsing is bounded: paragraphs and lines with more emphasis and link
// delimiters than goldmark handles in linear time are kept as written, and
// container nesting deeper than a fixed cap is flattened. Each such change
// is reported as a Problem on the document.
package markdown
