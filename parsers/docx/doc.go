// Package docx parses Word documents (Office Open XML word processing
// packages: .docx, and .docm and .dotx, which share the format) into a
// model.Document.
//
// The package reads the zip package with archive/zip and streams the main
// document part with encoding/xml tokens, so it needs no third-party
// library. Paragraph styles are resolved through styles.xml. A style is a
// heading when its outline level (w:outlineLvl) is 0 to 8 or when its name
// is "heading N", which is how Word stores built-in names in every
// language. Localized names such as "Título 1" and styles based on a
// heading style count too. The Title style opens a top-level section. Paragraphs with a
// numbering (w:numPr, set on the paragraph or its style) are list items,
// tables become model.Table with their first row as the header, and the
// text of hyperlinks, content controls, inserted text and field results is
// kept while deleted text and field instructions are dropped.
//
// A DOCX file has no lines, so Location.Line is the paragraph number: the
// 1-based position of the paragraph among all paragraphs of the body, those
// in table cells included, empty ones counted. Word does not show it, but
// it is stable across parses and locates the text. A table row's number is
// that of its first paragraph.
//
// Metadata comes from the first document-control table (keys such as
// "Owner" or "Approved by" in the first column, or in the header row over
// one row of values), else from the custom document properties named like
// those keys and the criterion ids listed in the keywords property.
//
// Before reading, the package rejects a file over the size limit, an OLE
// compound file (a password-protected document or a binary .doc) and a zip
// whose declared uncompressed size is over the decompression limit; the
// bytes actually decompressed are bounded by the same limit. Element
// nesting deeper than a fixed cap is skipped and reported as a problem.
package docx
