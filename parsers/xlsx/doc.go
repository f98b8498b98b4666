// Package xlsx reads Excel workbooks (Office Open XML spreadsheets) into a
// model.Document with one table per non-empty worksheet.
//
// The package reads the zip package with archive/zip and streams each
// worksheet with an encoding/xml token loop, one row at a time, so that a
// million-row export never sits in memory. It does not read worksheets
// through excelize's Rows iterator because, as of excelize v2.11.1, that
// iterator returns formatted strings without the cell's style, type or
// formula: a date cell cannot be distinguished from a number in raw mode, a formula
// with no cached value reads as an empty string, and a row whose cells are
// stored out of column order (Z1 before C1) comes back with the values in the
// wrong columns. excelize remains the reference for cell names and writes the
// test workbooks.
//
// What a spreadsheet program shows is what the table holds: dates under date
// number formats become ISO 8601 text in the 1900 or 1904 date system
// (serial 60 is 1900-02-29, as Excel shows it), shared and inline strings
// lose their phonetic guides, merged cells repeat their value across the
// range, and cached formula results are used. Defects the parser works
// around, such as a formula without a cached value, become problems.
//
// Before reading, the package rejects a file over the size limit, an
// OLE compound file (what password-protected workbooks are) and a zip whose
// declared uncompressed size is over the decompression limit; reads are also
// bounded by the declared sizes.
package xlsx
