// Package outline holds the pieces that the text-document parsers (Markdown,
// DOCX, PDF) share to build a model.Document: the empty document, sections,
// statements, and the statement text of a table row.
//
// Slices are created empty rather than nil so that a document encodes its
// lists as [] in JSON and Rego sees arrays, never null.
package outline
