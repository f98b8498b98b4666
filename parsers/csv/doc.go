// Package csv reads comma-, semicolon-, tab- and pipe-separated evidence
// exports into a model.Document with one table.
//
// Real exports come from spreadsheets, identity providers and scanners in
// many shapes. They may start with a UTF-8 byte-order mark or an Excel
// `sep=;` line, arrive as UTF-16 "Unicode Text" from Excel or as
// Windows-1252 bytes from older tools, and contain quoted fields with line
// breaks or hand-edited rows of the wrong width. The
// package detects the encoding and the separator, reads the records with a
// lenient scanner, and reports what it had to work around as problems.
//
// Stream visits the rows one at a time so that a large export is never held
// in memory; Parse is built on it and materializes the table.
package csv
