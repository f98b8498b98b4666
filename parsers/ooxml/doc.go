// Package ooxml opens Office Open XML packages (DOCX, XLSX) within the
// parser limits: the zip archive is checked before anything is
// decompressed, every part is read through a bounded reader, and XML parts
// are decoded with the encodings an XML declaration may name.
package ooxml
