package docx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"errors"
	"hash/crc32"
	"strings"
	"testing"
	"time"

	"github.com/soc2lint/soc2lint/parsers"
)

// parseError parses file and returns the error, failing when there is none.
func parseError(t *testing.T, file parsers.File, opts parsers.Options) error {
	t.Helper()
	doc, err := Parse(context.Background(), file, opts)
	if err == nil {
		t.Fatalf("Parse(%s) = %d statements, want an error", file.Rel, len(doc.Statements))
	}
	return err
}

func TestParseRejectsBadFiles(t *testing.T) {
	valid := docxPackage{body: para("Heading1", "Policy") + para("", strings.Repeat("All staff must comply. ", 200))}.bytes(t)

	cases := []struct {
		name    string
		data    []byte
		wantErr error
		want    string
	}{
		{"zero bytes", nil, parsers.ErrUnreadable, "is empty"},
		{"not a zip", []byte("{\\rtf1 this is rich text, not a package}"), parsers.ErrUnreadable, "not a DOCX document"},
		{"truncated", valid[:len(valid)/2], parsers.ErrUnreadable, "save it again as .docx"},
		{"cfb header", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 504)...), parsers.ErrEncrypted, "save it as an unprotected .docx"},
		{"no document part", zipBytes(t, map[string]string{"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"}), parsers.ErrUnreadable, "no main document part"},
		{"malformed xml", zipBytes(t, map[string]string{"word/document.xml": `<w:document xmlns:w="` + wordNS + `"><w:body><w:p><w:r><w:t>open</w:r></w:p></w:body></w:document>`}), parsers.ErrUnreadable, "not well-formed XML"},
		{"unclosed xml", zipBytes(t, map[string]string{"word/document.xml": `<w:document xmlns:w="` + wordNS + `"><w:body><w:p>`}), parsers.ErrUnreadable, "not well-formed XML"},
		{"entity", zipBytes(t, map[string]string{"word/document.xml": `<!DOCTYPE d [<!ENTITY a "aaaa">]><d>&a;</d>`}), parsers.ErrUnreadable, "not well-formed XML"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := parseError(t, writeFile(t, "broken.docx", tc.data), parsers.Options{})
			if !errors.Is(err, tc.wantErr) {
				t.Errorf("error = %v, want one wrapping %v", err, tc.wantErr)
			}
			if !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "broken.docx") {
				t.Errorf("error = %q, want the file name and %q", err, tc.want)
			}
		})
	}
}

func TestParseFileSizeLimit(t *testing.T) {
	file := docxPackage{body: para("", "Text.")}.write(t, "big.docx")
	err := parseError(t, file, parsers.Options{MaxFileBytes: 100})
	if !errors.Is(err, parsers.ErrLimit) || !strings.Contains(err.Error(), "limits.max_file_bytes") {
		t.Errorf("error = %v, want a limit error naming limits.max_file_bytes", err)
	}
}

func TestParseZipBomb(t *testing.T) {
	// 64 MiB of repeated runs compress to about 70 KiB.
	unit := `<w:p><w:r><w:t>aaaaaaaaaaaaaaaaaaaaaaaa</w:t></w:r></w:p>`
	body := strings.Repeat(unit, (64<<20)/len(unit))
	data := docxPackage{body: body}.bytes(t)
	if len(data) > 1<<20 {
		t.Fatalf("bomb is %d bytes compressed, want under 1 MiB", len(data))
	}

	start := time.Now()
	err := parseError(t, writeFile(t, "bomb.docx", data), parsers.Options{MaxDecompressedBytes: 8 << 20})
	if !errors.Is(err, parsers.ErrLimit) || !strings.Contains(err.Error(), "limits.max_decompressed_bytes") {
		t.Errorf("error = %v, want a limit error naming limits.max_decompressed_bytes", err)
	}
	if elapsed := time.Since(start); elapsed > 2*time.Second {
		t.Errorf("rejecting the bomb took %v, want it rejected before decompression", elapsed)
	}
}

// rawEntry is a zip entry written with the sizes it declares, not the ones
// of its data.
type rawEntry struct {
	name     string
	data     []byte
	declared uint64
}

func rawZip(t *testing.T, entries ...rawEntry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		var compressed bytes.Buffer
		fw, err := flate.NewWriter(&compressed, flate.BestCompression)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write(e.data)
		fw.Close()

		w, err := zw.CreateRaw(&zip.FileHeader{
			Name:               e.name,
			Method:             zip.Deflate,
			CRC32:              crc32.ChecksumIEEE(e.data),
			CompressedSize64:   uint64(compressed.Len()),
			UncompressedSize64: e.declared,
		})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(compressed.Bytes()); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestParseZip64DeclaredSizeOverflow(t *testing.T) {
	// Two sizes whose sum wraps around 2^64 to a small number.
	data := rawZip(t,
		rawEntry{name: "word/document.xml", data: []byte("<d/>"), declared: 1 << 63},
		rawEntry{name: "word/styles.xml", data: []byte("<s/>"), declared: 1<<63 + 16},
	)
	err := parseError(t, writeFile(t, "zip64.docx", data), parsers.Options{})
	if !errors.Is(err, parsers.ErrLimit) || !strings.Contains(err.Error(), "limits.max_decompressed_bytes") {
		t.Errorf("error = %v, want a limit error", err)
	}
}

func TestParseUnderstatedSize(t *testing.T) {
	// The entry declares 1 KiB and holds 4 MiB: reading stops at the
	// declared size.
	body := `<w:document xmlns:w="` + wordNS + `"><w:body>` + strings.Repeat(para("", "text"), 4<<20/60) + `</w:body></w:document>`
	data := rawZip(t, rawEntry{name: "word/document.xml", data: []byte(body), declared: 1 << 10})
	err := parseError(t, writeFile(t, "liar.docx", data), parsers.Options{MaxDecompressedBytes: 1 << 20})
	if !errors.Is(err, parsers.ErrUnreadable) && !errors.Is(err, parsers.ErrLimit) {
		t.Errorf("error = %v, want an unreadable or limit error", err)
	}
}

func TestParseDeepNesting(t *testing.T) {
	depth := 5000
	body := para("", "Before.") + strings.Repeat(`<w:sdt><w:sdtContent>`, depth) + para("", "Deep.") +
		strings.Repeat(`</w:sdtContent></w:sdt>`, depth) + para("", "After.")
	doc := parseBody(t, body)

	texts := statementTexts(doc)
	if len(texts) != 2 || texts[0] != "Before." || texts[1] != "After." {
		t.Errorf("statements = %q, want the deep paragraph skipped", texts)
	}
	if len(doc.Problems) != 1 || !strings.Contains(doc.Problems[0].Message, "levels deep after paragraph 1") {
		t.Errorf("problems = %+v, want one about the nesting", doc.Problems)
	}
}

func TestParseCanceledContext(t *testing.T) {
	file := docxPackage{body: strings.Repeat(para("", "text"), 20000)}.write(t, "slow.docx")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()

	_, err := Parse(ctx, file, parsers.Options{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error = %v, want context.Canceled", err)
	}
}

// expiringContext reports no error for its first checks, then
// context.Canceled, so that a parse is canceled after it started.
type expiringContext struct {
	context.Context
	checks int
}

func (c *expiringContext) Err() error {
	if c.checks--; c.checks < 0 {
		return context.Canceled
	}
	return nil
}

func TestParseCanceledDuringBody(t *testing.T) {
	file := docxPackage{body: strings.Repeat(para("", "text"), 20000)}.write(t, "slow.docx")
	ctx := &expiringContext{Context: context.Background(), checks: 1}

	_, err := Parse(ctx, file, parsers.Options{})
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "slow.docx") {
		t.Errorf("error = %v, want context.Canceled naming the file", err)
	}
}
