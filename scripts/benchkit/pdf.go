package main

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"fmt"
	"os"
	"strings"
)

// policySentences are the body text of the generated PDF, repeated in
// order. They carry the obligation words, frequencies and deadlines that
// the annotate package looks for, so the PDF costs what a policy costs.
var policySentences = []string{
	"Administrators must use multi-factor authentication for every console and production system.",
	"Access to customer data is granted on the principle of least privilege and reviewed quarterly.",
	"The security team shall revoke the access of a terminated employee within 24 hours.",
	"Changes to production require approval by a reviewer other than the author of the change.",
	"Backups are encrypted at rest and a restore is tested at least once a year.",
	"Vulnerabilities rated critical must be remediated within 15 days of detection.",
	"Security incidents are reported to affected customers within 72 hours of confirmation.",
	"Employees complete security awareness training upon hire and annually thereafter.",
	"The policy owner reviews this policy every twelve months and records the approval date.",
	"Vendors that process customer data are assessed before onboarding and every year after.",
}

// Page layout in PDF points (1/72 inch) on US Letter paper.
const (
	pageWidth   = 612
	pageHeight  = 792
	margin      = 72
	fontSize    = 10
	lineSpacing = 13
	lineChars   = 85
)

// writePDF writes a PDF of pages pages. Each page has a bold heading and
// as many lines of policy text as fit, in a Flate-compressed content
// stream, using the standard Helvetica fonts so no font file is embedded.
func writePDF(path string, pages int) error {
	file, err := os.Create(path)
	if err != nil {
		return err
	}

	w := &pdfWriter{out: bufio.NewWriterSize(file, 1<<20)}
	if err := w.document(pages); err != nil {
		file.Close()
		return err
	}
	if err := w.out.Flush(); err != nil {
		file.Close()
		return err
	}
	return file.Close()
}

// pdfWriter writes numbered objects in order and remembers each one's byte
// offset for the cross-reference table.
type pdfWriter struct {
	out     *bufio.Writer
	written int
	offsets []int
	err     error
}

// Object numbers fixed by document: the catalog, the page tree, the two
// fonts and the information dictionary come first, then a content stream
// and a page object for each page.
const (
	catalogObject = 1
	pagesObject   = 2
	regularFont   = 3
	boldFont      = 4
	infoObject    = 5
	firstPage     = 6
)

func (w *pdfWriter) document(pages int) error {
	w.printf("%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n")

	w.object(catalogObject, fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pagesObject))
	kids := make([]string, pages)
	for i := range pages {
		kids[i] = fmt.Sprintf("%d 0 R", firstPage+2*i+1)
	}
	w.object(pagesObject, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), pages))
	w.object(regularFont, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	w.object(boldFont, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
	w.object(infoObject, "<< /Title (Information Security Policy) /Author (Benchmark Generator) >>")

	lines := bodyLines()
	next := 0
	resources := fmt.Sprintf("<< /Font << /F1 %d 0 R /F2 %d 0 R >> >>", regularFont, boldFont)
	for i := range pages {
		var content string
		content, next = pageContent(i+1, lines, next)
		stream, err := deflate(content)
		if err != nil {
			return err
		}

		streamObject := firstPage + 2*i
		w.object(streamObject, fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", len(stream), stream))
		w.object(streamObject+1, fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources %s /Contents %d 0 R >>",
			pagesObject, pageWidth, pageHeight, resources, streamObject))
	}

	w.trailer()
	return w.err
}

// object writes object n, which must be the next number in order.
func (w *pdfWriter) object(n int, body string) {
	if n != len(w.offsets)+1 && w.err == nil {
		w.err = fmt.Errorf("object %d written out of order after %d", n, len(w.offsets))
	}
	w.offsets = append(w.offsets, w.written)
	w.printf("%d 0 obj\n%s\nendobj\n", n, body)
}

// trailer writes the cross-reference table and the trailer.
func (w *pdfWriter) trailer() {
	start := w.written
	w.printf("xref\n0 %d\n0000000000 65535 f \n", len(w.offsets)+1)
	for _, offset := range w.offsets {
		w.printf("%010d 00000 n \n", offset)
	}
	w.printf("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n",
		len(w.offsets)+1, catalogObject, infoObject, start)
}

func (w *pdfWriter) printf(format string, args ...any) {
	if w.err != nil {
		return
	}
	n, err := fmt.Fprintf(w.out, format, args...)
	w.written += n
	w.err = err
}

// bodyLines wraps policySentences into lines of at most lineChars
// characters, one paragraph per sentence with a blank line after it.
func bodyLines() []string {
	var lines []string
	for _, sentence := range policySentences {
		line := ""
		for _, word := range strings.Fields(sentence) {
			if line != "" && len(line)+1+len(word) > lineChars {
				lines = append(lines, line)
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += word
		}
		lines = append(lines, line, "")
	}
	return lines
}

// pageContent returns the content stream of page number page: a heading,
// then lines from lines starting at next, wrapping around. It returns the
// index of the line the following page starts with.
func pageContent(page int, lines []string, next int) (string, int) {
	var b strings.Builder
	y := pageHeight - margin
	fmt.Fprintf(&b, "BT /F2 14 Tf %d %d Td (%d. Control Area %d) Tj ET\n", margin, y, page, page)
	y -= 2 * lineSpacing

	for y > margin {
		if text := lines[next]; text != "" {
			fmt.Fprintf(&b, "BT /F1 %d Tf %d %d Td (%s) Tj ET\n", fontSize, margin, y, escapeString(text))
		}
		next = (next + 1) % len(lines)
		y -= lineSpacing
	}
	return b.String(), next
}

// escapeString escapes the characters that end or escape a PDF literal
// string.
func escapeString(s string) string {
	return strings.NewReplacer(`\`, `\\`, `(`, `\(`, `)`, `\)`).Replace(s)
}

func deflate(s string) (string, error) {
	var b bytes.Buffer
	zw := zlib.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		return "", err
	}
	if err := zw.Close(); err != nil {
		return "", err
	}
	return b.String(), nil
}
