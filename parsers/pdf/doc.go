// Package pdf parses PDF policies into a model.Document.
//
// The PDF object structure is read with github.com/ledongthuc/pdf, but the
// text is not taken from its plain-text or row calls. The package runs each
// page's content streams through its own interpreter built on the library's
// tokenizer (pdf.Interpret), which places every shown string with the text
// and page matrices and the font's glyph widths. Layout then groups the
// strings into lines by baseline, reads lines top to bottom and strings
// left to right, and inserts a space wherever the gap between two strings
// is wider than a fraction of the font size. Each content stream of a page
// is tokenized on its own, so two streams never glue their tokens.
//
// Structure comes from the layout. Lines in a larger or bold font, and
// short lines numbered like "3.2 Backups", are headings. A bullet or an
// enumerator starts a list item. Lines split by wide gaps under repeated
// column positions form tables. Other lines join into paragraphs, which end
// at a gap wider than the line spacing, a heading, a list item or a page
// end.
// Running headers, footers and page numbers stay in Document.Text but make
// no statements. Document-control fields come from key-value tables and
// "Key: value" lines, else from the document information dictionary.
//
// # Isolation
//
// What the package guards against:
//   - Size: a file over Options.MaxFileBytes is rejected before it is read.
//   - Encryption: an /Encrypt entry is found by a byte scan before the
//     library sees the file, so encrypted files are reported as encrypted.
//   - Recursion: the library recurses once per nesting level of arrays and
//     dictionaries, and a Go stack overflow kills the process. A byte scan
//     rejects nesting deeper than 256 levels before parsing.
//   - Allocation: cross-reference sizes, object numbers and predictor
//     widths that would make the library allocate gigabytes up front are
//     rejected by the same scan.
//   - Panics: the parse runs under recover; a panic becomes an error
//     wrapping parsers.ErrUnreadable with the panic value.
//   - Loops: the page tree is walked with a depth bound, a node bound and
//     cycle detection instead of the library's page lookup. Form XObjects
//     nest at most 8 deep and the graphics state stack at most 256.
//   - Time: the parse runs in a goroutine and Parse returns when the
//     context is done or Options.Timeout passes. The goroutine stops soon
//     after, because every read of the file fails once the context is done
//     and the content interpreter checks the context every 512 operators.
//
// What it does not guard against: a library loop that neither reads the
// file nor calls back into this package, such as decoding a huge ToUnicode
// CMap or inflating a compressed stream into one giant token, keeps its
// goroutine running after Parse has returned, and memory for decompressed
// streams is bounded only by what the stream inflates to.
// TODO: run the library in a subprocess to stop a stuck parse and bound its memory.
package pdf
