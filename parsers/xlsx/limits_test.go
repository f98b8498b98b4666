package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"errors"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
)

// bombRow is one highly compressible row of the zip bomb sheets.
const bombRow = `<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>`

// bombSheet writes a worksheet of size bytes or more, made of repeated
// rows, to w.
func bombSheet(w io.Writer, size int) error {
	if _, err := io.WriteString(w, `<worksheet xmlns="`+mainNS+`"><sheetData>`); err != nil {
		return err
	}
	block := strings.Repeat(bombRow, 1000)
	for written := 0; written < size; written += len(block) {
		if _, err := io.WriteString(w, block); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, `</sheetData></worksheet>`)
	return err
}

// writeBomb writes a workbook whose sheet expands to size bytes. With
// declaredSize > 0, the zip entry lies and declares that size instead.
func writeBomb(t *testing.T, size int, declaredSize uint64) parsers.File {
	t.Helper()
	path := filepath.Join(t.TempDir(), "bomb.xlsx")
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(out)

	small := map[string]string{
		"_rels/.rels":                `<Relationships xmlns="` + pkgRelNS + `"><Relationship Id="r1" Type="` + relNS + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml":            `<workbook xmlns="` + mainNS + `" xmlns:r="` + relNS + `"><sheets><sheet name="Bomb" sheetId="1" r:id="r1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships xmlns="` + pkgRelNS + `"><Relationship Id="r1" Type="` + relNS + `/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
	}
	for name, content := range small {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, content)
	}

	if declaredSize == 0 {
		w, err := zw.Create("xl/worksheets/sheet1.xml")
		if err != nil {
			t.Fatal(err)
		}
		if err := bombSheet(w, size); err != nil {
			t.Fatal(err)
		}
	} else {
		var compressed bytes.Buffer
		fw, _ := flate.NewWriter(&compressed, flate.BestCompression)
		crc := crc32.NewIEEE()
		if err := bombSheet(io.MultiWriter(fw, crc), size); err != nil {
			t.Fatal(err)
		}
		fw.Close()

		header := &zip.FileHeader{
			Name:               "xl/worksheets/sheet1.xml",
			Method:             zip.Deflate,
			CRC32:              crc.Sum32(),
			CompressedSize64:   uint64(compressed.Len()),
			UncompressedSize64: declaredSize,
		}
		w, err := zw.CreateRaw(header)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(compressed.Bytes())
	}

	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	out.Close()
	return parsers.File{Path: path, Rel: "evidence/bomb.xlsx"}
}

func TestZipBombDeclared(t *testing.T) {
	file := writeBomb(t, 64<<20, 0)
	if info, _ := os.Stat(file.Path); info.Size() > 2<<20 {
		t.Fatalf("bomb is %d bytes compressed; the test expects a high ratio", info.Size())
	}

	_, err := Parse(context.Background(), file, parsers.Options{MaxDecompressedBytes: 16 << 20})
	if !errors.Is(err, parsers.ErrLimit) {
		t.Fatalf("err = %v, want ErrLimit", err)
	}
	for _, part := range []string{"evidence/bomb.xlsx", "limit of 16777216 bytes", "limits.max_decompressed_bytes"} {
		if !strings.Contains(err.Error(), part) {
			t.Errorf("error %q does not contain %q", err, part)
		}
	}
}

func TestZipBombLyingSize(t *testing.T) {
	// The entry declares 4 KiB but expands to 64 MiB; reading must stop
	// near the declared size rather than trust the stream.
	file := writeBomb(t, 64<<20, 4096)

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)

	rows := 0
	_, err := Stream(context.Background(), file, parsers.Options{}, func(TableHeader, model.Row) error {
		rows++
		return nil
	})
	runtime.ReadMemStats(&after)

	if !errors.Is(err, parsers.ErrLimit) && !errors.Is(err, parsers.ErrUnreadable) {
		t.Fatalf("err = %v, want ErrLimit or ErrUnreadable", err)
	}
	if maxRows := 4096 / len(bombRow); rows > maxRows {
		t.Errorf("visited %d rows from a 4096-byte declaration (at most %d fit)", rows, maxRows)
	}
	if grown := after.TotalAlloc - before.TotalAlloc; grown > 32<<20 {
		t.Errorf("allocated %d bytes reading a 4 KiB entry", grown)
	}
}

func TestZip64SizeOverflow(t *testing.T) {
	// A Zip64 entry declaring 2^63+1 bytes must be rejected without the sum
	// of sizes wrapping around.
	file := writeBomb(t, 1, 1<<63+1)
	_, err := Parse(context.Background(), file, parsers.Options{})
	if !errors.Is(err, parsers.ErrLimit) || !strings.Contains(err.Error(), "9223372036854775809") {
		t.Fatalf("err = %v, want ErrLimit naming the declared size", err)
	}
}

func TestParseFileSizeLimit(t *testing.T) {
	wb := rawWorkbook{sheets: []rawSheet{{name: "S", data: `<row r="1">` + inline("A1", "id") + `</row>`}}}
	file := wb.write(t, "s.xlsx")

	_, err := Parse(context.Background(), file, parsers.Options{MaxFileBytes: 100})
	if !errors.Is(err, parsers.ErrLimit) || !strings.Contains(err.Error(), "limits.max_file_bytes") {
		t.Fatalf("err = %v, want ErrLimit naming limits.max_file_bytes", err)
	}
}

func TestParseRowLimit(t *testing.T) {
	var data strings.Builder
	data.WriteString(`<row r="1">` + inline("A1", "id") + `</row>`)
	for range 5 {
		data.WriteString(`<row><c><v>1</v></c></row>`)
	}
	wb := rawWorkbook{sheets: []rawSheet{{name: "S", data: data.String()}, {name: "T", data: data.String()}}}
	file := wb.write(t, "rows.xlsx")

	// The limit counts the rows of all sheets.
	_, err := Parse(context.Background(), file, parsers.Options{MaxRows: 9})
	if !errors.Is(err, parsers.ErrLimit) || !strings.Contains(err.Error(), "more than 9 rows") || !strings.Contains(err.Error(), "limits.max_rows") {
		t.Fatalf("err = %v, want ErrLimit naming the rows and limits.max_rows", err)
	}
	if _, err := Parse(context.Background(), file, parsers.Options{MaxRows: 10}); err != nil {
		t.Errorf("at the limit: %v", err)
	}
}

func TestParseEncrypted(t *testing.T) {
	f := excelize.NewFile()
	must(t, f.SetCellValue("Sheet1", "A1", "secret"))
	path := filepath.Join(t.TempDir(), "locked.xlsx")
	if err := f.SaveAs(path, excelize.Options{Password: "correct horse"}); err != nil {
		t.Fatal(err)
	}

	header := make([]byte, 512)
	copy(header, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})
	headerOnly := filepath.Join(t.TempDir(), "header.xlsx")
	if err := os.WriteFile(headerOnly, header, 0o600); err != nil {
		t.Fatal(err)
	}

	for _, path := range []string{path, headerOnly} {
		_, err := Parse(context.Background(), parsers.File{Path: path, Rel: filepath.Base(path)}, parsers.Options{})
		if !errors.Is(err, parsers.ErrEncrypted) {
			t.Fatalf("%s: err = %v, want ErrEncrypted", path, err)
		}
		if !strings.Contains(err.Error(), "save it without a password as .xlsx") {
			t.Errorf("error %q does not say what to do", err)
		}
	}
}

func TestParseUnreadable(t *testing.T) {
	tests := map[string]func(t *testing.T) parsers.File{
		"not a zip": func(t *testing.T) parsers.File {
			path := filepath.Join(t.TempDir(), "x.xlsx")
			os.WriteFile(path, []byte("id,name\n1,ana\n"), 0o600)
			return parsers.File{Path: path, Rel: "x.xlsx"}
		},
		"zip without workbook": func(t *testing.T) parsers.File {
			return writeZip(t, "x.xlsx", map[string]string{"word/document.xml": "<document/>"})
		},
		"malformed sheet": func(t *testing.T) parsers.File {
			return rawWorkbook{sheets: []rawSheet{{name: "S", data: `<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row><c><v>1</c></row>`}}}.write(t, "x.xlsx")
		},
		"truncated sheet": func(t *testing.T) parsers.File {
			return writeZip(t, "x.xlsx", map[string]string{
				"xl/workbook.xml":            `<workbook xmlns:r="` + relNS + `"><sheets><sheet name="S" r:id="a"/></sheets></workbook>`,
				"xl/_rels/workbook.xml.rels": `<Relationships><Relationship Id="a" Type="` + relNS + `/worksheet" Target="s.xml"/></Relationships>`,
				"xl/s.xml":                   `<worksheet><sheetData><row><c t="inlineStr"><is><t>cut`,
			})
		},
	}
	for name, build := range tests {
		t.Run(name, func(t *testing.T) {
			file := build(t)
			_, err := Parse(context.Background(), file, parsers.Options{})
			if !errors.Is(err, parsers.ErrUnreadable) {
				t.Fatalf("err = %v, want ErrUnreadable", err)
			}
			if !strings.Contains(err.Error(), file.Rel) {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}
