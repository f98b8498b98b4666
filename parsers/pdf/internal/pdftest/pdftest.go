// Package pdftest writes small PDF files for tests: objects, a
// cross-reference table and a trailer, with content streams given as
// PDF operators. It writes what the test requests, malformed structures
// included, and validates nothing.
package pdftest

import (
	"bytes"
	"fmt"
	"strings"
)

// File is a PDF under construction. Object numbers start at 1.
type File struct {
	// Header is the first line, "%PDF-1.4" unless set.
	Header string

	// TrailerExtra is added inside the trailer dictionary, such as
	// "/Encrypt 9 0 R" or "/Info 7 0 R".
	TrailerExtra string

	objects []string
}

// Add appends an object whose body is body (without "obj" and "endobj")
// and returns its number.
func (f *File) Add(body string) int {
	f.objects = append(f.objects, body)
	return len(f.objects)
}

// AddStream appends a stream object with extra dictionary entries and
// returns its number. /Length is the length of data.
func (f *File) AddStream(extra, data string) int {
	return f.Add(fmt.Sprintf("<< /Length %d %s >>\nstream\n%s\nendstream", len(data), extra, data))
}

// Set replaces the body of object n, for objects that refer to objects
// added after them.
func (f *File) Set(n int, body string) {
	f.objects[n-1] = body
}

// Bytes returns the file with root as the catalog object.
func (f *File) Bytes(root int) []byte {
	var b bytes.Buffer
	header := f.Header
	if header == "" {
		header = "%PDF-1.4"
	}
	b.WriteString(header + "\n%\xe2\xe3\xcf\xd3\n")

	offsets := make([]int, len(f.objects))
	for i, body := range f.objects {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, body)
	}

	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(f.objects)+1)
	for _, offset := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", offset)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root %d 0 R %s >>\nstartxref\n%d\n%%%%EOF\n", len(f.objects)+1, root, f.TrailerExtra, xref)
	return b.Bytes()
}

// Page is one page of a Document: its content streams, each a string of
// PDF operators. A page without streams has no /Contents entry.
type Page struct {
	Streams []string
}

// Fonts of a Document's pages, by resource name: F1 is Helvetica, F2 is
// Helvetica-Bold, both without a /Widths array as simple generators write
// them, and F3 is Courier with explicit widths of 600.
const fontResources = "<< /F1 %d 0 R /F2 %d 0 R /F3 %d 0 R >>"

// Document returns a PDF with the pages, the fonts above and, when info is
// not empty, an information dictionary with those entries, such as
// "/Title (Access Policy) /Author (Jane Doe)".
func Document(pages []Page, info string) []byte {
	var f File
	catalog := f.Add("")
	tree := f.Add("")
	regular := f.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	bold := f.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
	widths := strings.TrimSpace(strings.Repeat("600 ", 95))
	mono := f.Add(fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /FirstChar 32 /LastChar 126 /Widths [%s] >>", widths))
	resources := fmt.Sprintf("<< /Font "+fontResources+" >>", regular, bold, mono)

	kids := make([]string, 0, len(pages))
	for _, page := range pages {
		contents := ""
		switch len(page.Streams) {
		case 0:
		case 1:
			contents = fmt.Sprintf("/Contents %d 0 R", f.AddStream("", page.Streams[0]))
		default:
			refs := make([]string, len(page.Streams))
			for i, s := range page.Streams {
				refs[i] = fmt.Sprintf("%d 0 R", f.AddStream("", s))
			}
			contents = "/Contents [" + strings.Join(refs, " ") + "]"
		}
		n := f.Add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources %s %s >>", tree, resources, contents))
		kids = append(kids, fmt.Sprintf("%d 0 R", n))
	}

	f.Set(catalog, fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", tree))
	f.Set(tree, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(pages)))
	if info != "" {
		f.TrailerExtra = fmt.Sprintf("/Info %d 0 R", f.Add("<< "+info+" >>"))
	}
	return f.Bytes(catalog)
}

// Text returns the operators that draw s in font (a resource name such as
// "F1") at size points with its baseline starting at x, y.
func Text(font string, size, x, y float64, s string) string {
	return fmt.Sprintf("BT /%s %g Tf %g %g Td (%s) Tj ET\n", font, size, x, y, Escape(s))
}

// Escape escapes s for a PDF literal string.
func Escape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(s)
}
