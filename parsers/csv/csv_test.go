package csv

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/soc2lint/soc2lint/model"
	"github.com/soc2lint/soc2lint/parsers"
	"github.com/soc2lint/soc2lint/parsers/problems"
)

// writeFile stores data in a temporary file and returns it as a parser input.
func writeFile(t testing.TB, name string, data []byte) parsers.File {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return parsers.File{Path: path, Rel: "evidence/" + name}
}

func parseBytes(t testing.TB, name string, data []byte, opts parsers.Options) *model.Document {
	t.Helper()
	doc, err := Parse(context.Background(), writeFile(t, name, data), opts)
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return doc
}

// onlyTable returns the single table of doc.
func onlyTable(t testing.TB, doc *model.Document) model.Table {
	t.Helper()
	if len(doc.Tables) != 1 {
		t.Fatalf("got %d tables, want 1", len(doc.Tables))
	}
	return doc.Tables[0]
}

func cells(table model.Table) [][]string {
	out := make([][]string, len(table.Rows))
	for i, row := range table.Rows {
		out[i] = row.Cells
	}
	return out
}

// utf16Bytes encodes s as UTF-16 in the given byte order, with a BOM when
// bom is set.
func utf16Bytes(s string, bigEndian, bom bool) []byte {
	var out []byte
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	for _, u := range units {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func TestParseEncodings(t *testing.T) {
	const text = "user\towner\r\nAC-1\tJosé Müller\r\nAC-2\t東京\r\n"
	want := [][]string{{"AC-1", "José Müller"}, {"AC-2", "東京"}}

	tests := []struct {
		name     string
		data     []byte
		encoding string
	}{
		{"utf8", []byte(text), EncodingUTF8},
		{"utf8 bom", append([]byte("\xEF\xBB\xBF"), text...), EncodingUTF8},
		{"utf16le bom", utf16Bytes(text, false, true), EncodingUTF16LE},
		{"utf16be bom", utf16Bytes(text, true, true), EncodingUTF16BE},
		{"utf16le without bom", utf16Bytes(text, false, false), EncodingUTF16LE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var header TableHeader
			var got [][]string
			_, err := Stream(context.Background(), writeFile(t, "export.txt", tt.data), parsers.Options{},
				func(th TableHeader, row model.Row) error {
					header = th
					if row.Cells != nil {
						got = append(got, row.Cells)
					}
					return nil
				})
			if err != nil {
				t.Fatal(err)
			}
			if header.Encoding != tt.encoding {
				t.Errorf("encoding = %q, want %q", header.Encoding, tt.encoding)
			}
			if !reflect.DeepEqual(header.Header, []string{"user", "owner"}) {
				t.Errorf("header = %q", header.Header)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("rows = %q, want %q", got, want)
			}
		})
	}
}

func TestParseWindows1252(t *testing.T) {
	data := []byte("user;note\nJos\xe9 M\xfcller;\x80 50 \x96 paid\n")
	doc := parseBytes(t, "legacy.csv", data, parsers.Options{})
	table := onlyTable(t, doc)

	want := [][]string{{"José Müller", "€ 50 – paid"}}
	if got := cells(table); !reflect.DeepEqual(got, want) {
		t.Errorf("rows = %q, want %q", got, want)
	}
}

func TestParseSeparators(t *testing.T) {
	tests := []struct {
		name   string
		data   string
		header []string
		rows   [][]string
	}{
		{
			name:   "comma",
			data:   "a,b,c\n1,2,3\n",
			header: []string{"a", "b", "c"},
			rows:   [][]string{{"1", "2", "3"}},
		},
		{
			name:   "semicolon with commas in text",
			data:   "id;title;amount\n1;Fix login, logout;1,5\n2;Rotate keys, certs;2,0\n",
			header: []string{"id", "title", "amount"},
			rows:   [][]string{{"1", "Fix login, logout", "1,5"}, {"2", "Rotate keys, certs", "2,0"}},
		},
		{
			name:   "tab with commas and semicolons",
			data:   "id\tnote\n1\ta, b; c\n2\td, e; f\n",
			header: []string{"id", "note"},
			rows:   [][]string{{"1", "a, b; c"}, {"2", "d, e; f"}},
		},
		{
			name:   "pipe",
			data:   "id|note\n1|a,b\n",
			header: []string{"id", "note"},
			rows:   [][]string{{"1", "a,b"}},
		},
		{
			name:   "quoted separators do not count",
			data:   "\"a;b\",\"c;d\"\n\"1;2\",\"3;4\"\n\"5;6\",\"7;8\"\n",
			header: []string{"a;b", "c;d"},
			rows:   [][]string{{"1;2", "3;4"}, {"5;6", "7;8"}},
		},
		{
			name:   "excel sep line",
			data:   "sep=;\r\nname,full;team\r\nana,lopez;ops\r\n",
			header: []string{"name,full", "team"},
			rows:   [][]string{{"ana,lopez", "ops"}},
		},
		{
			name:   "single column",
			data:   "username\nana\nluis\n",
			header: []string{"username"},
			rows:   [][]string{{"ana"}, {"luis"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			table := onlyTable(t, parseBytes(t, "sep.csv", []byte(tt.data), parsers.Options{}))
			if !reflect.DeepEqual(table.Header, tt.header) {
				t.Errorf("header = %q, want %q", table.Header, tt.header)
			}
			if got := cells(table); !reflect.DeepEqual(got, tt.rows) {
				t.Errorf("rows = %q, want %q", got, tt.rows)
			}
		})
	}
}

func TestParseExcelSepLineLocation(t *testing.T) {
	table := onlyTable(t, parseBytes(t, "sep.csv", []byte("sep=|\nid|name\n1|ana\n"), parsers.Options{}))
	if table.Line != 2 {
		t.Errorf("header line = %d, want 2", table.Line)
	}
	if table.Rows[0].Line != 3 {
		t.Errorf("row line = %d, want 3", table.Rows[0].Line)
	}
}

func TestParseQuotedNewlines(t *testing.T) {
	data := "id,notes\r\nAC-1,\"line one\r\nline two\"\r\nAC-2,\"a\"\"b\"\r\n\r\nAC-3,\"x\ry\"\r\nAC-4,plain\r\n"
	table := onlyTable(t, parseBytes(t, "notes.csv", []byte(data), parsers.Options{}))

	want := [][]string{{"AC-1", "line one\nline two"}, {"AC-2", "a\"b"}, {"AC-3", "x\ny"}, {"AC-4", "plain"}}
	if got := cells(table); !reflect.DeepEqual(got, want) {
		t.Fatalf("rows = %q, want %q", got, want)
	}

	lines := []int{2, 4, 6, 8}
	for i, row := range table.Rows {
		if row.Line != lines[i] {
			t.Errorf("row %d starts on line %d, want %d", i, row.Line, lines[i])
		}
	}
}

func TestParseLenientQuotes(t *testing.T) {
	data := "id\tnote\tnext\n" +
		"1\t\"Quoted\" then more text\tz\n" +
		"2\tsay \"hi\"\tz\n" +
		"3\t \"spaced\"\tz\n" +
		"4\t\"two\nlines \"with\" quotes\"\tz\n"
	table := onlyTable(t, parseBytes(t, "lenient.tsv", []byte(data), parsers.Options{}))

	want := [][]string{
		{"1", "\"Quoted\" then more text", "z"},
		{"2", "say \"hi\"", "z"},
		{"3", "spaced", "z"},
		{"4", "two\nlines \"with\" quotes", "z"},
	}
	if got := cells(table); !reflect.DeepEqual(got, want) {
		t.Errorf("rows = %q, want %q", got, want)
	}
	if len(table.Rows) == 4 && table.Rows[3].Line != 5 {
		t.Errorf("row 4 line = %d, want 5", table.Rows[3].Line)
	}
}

func TestParseRaggedRows(t *testing.T) {
	data := "a,b,c\n1,2\n3,4,5,6\n7,8,9,,\n"
	doc := parseBytes(t, "ragged.csv", []byte(data), parsers.Options{})
	table := onlyTable(t, doc)

	want := [][]string{{"1", "2", ""}, {"3", "4", "5", "6"}, {"7", "8", "9"}}
	if got := cells(table); !reflect.DeepEqual(got, want) {
		t.Errorf("rows = %q, want %q", got, want)
	}

	if len(doc.Problems) != 2 {
		t.Fatalf("problems = %+v, want 2", doc.Problems)
	}
	if doc.Problems[0].Line != 2 || !strings.Contains(doc.Problems[0].Message, "has 2 fields but the header has 3") {
		t.Errorf("short-row problem = %+v", doc.Problems[0])
	}
	if doc.Problems[1].Line != 3 || !strings.Contains(doc.Problems[1].Message, "has 4 fields") {
		t.Errorf("long-row problem = %+v", doc.Problems[1])
	}
}

func TestParseProblemBound(t *testing.T) {
	var b strings.Builder
	b.WriteString("a,b,c\n")
	for range 50 {
		b.WriteString("1\n")
	}
	doc := parseBytes(t, "many.csv", []byte(b.String()), parsers.Options{})

	if len(doc.Problems) != problems.MaxPerKind+1 {
		t.Fatalf("got %d problems, want %d", len(doc.Problems), problems.MaxPerKind+1)
	}
	last := doc.Problems[len(doc.Problems)-1]
	if !strings.Contains(last.Message, "40 more problems") {
		t.Errorf("summary problem = %q", last.Message)
	}
}

func TestParseUnterminatedQuote(t *testing.T) {
	doc := parseBytes(t, "open.csv", []byte("a,b\n1,\"never closed\n2,3\n"), parsers.Options{})
	table := onlyTable(t, doc)

	if len(table.Rows) != 1 || table.Rows[0].Cells[1] != "never closed\n2,3\n" {
		t.Errorf("rows = %q", cells(table))
	}
	if len(doc.Problems) != 1 || doc.Problems[0].Severity != "error" || doc.Problems[0].Line != 2 {
		t.Errorf("problems = %+v", doc.Problems)
	}
}

func TestParseHeaderDetection(t *testing.T) {
	tests := []struct {
		name   string
		data   string
		title  string
		header []string
		line   int
	}{
		{"blank lines first", "\n , \n\nid,name\n1,ana\n", "", []string{"id", "name"}, 4},
		{"title row", "Access review Q1 2026,,\nuser,system,decision\nana,aws,retain\n", "Access review Q1 2026", []string{"user", "system", "decision"}, 2},
		{"single cell then single cell", "users\nana\n", "", []string{"users"}, 1},
		{"header only", "id,name\n", "", []string{"id", "name"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var announced []TableHeader
			_, err := Stream(context.Background(), writeFile(t, "h.csv", []byte(tt.data)), parsers.Options{},
				func(th TableHeader, row model.Row) error {
					if row.Cells == nil {
						announced = append(announced, th)
					}
					return nil
				})
			if err != nil {
				t.Fatal(err)
			}
			if len(announced) != 1 {
				t.Fatalf("announced %d tables, want 1", len(announced))
			}
			th := announced[0]
			if th.Title != tt.title {
				t.Errorf("title = %q, want %q", th.Title, tt.title)
			}
			if !reflect.DeepEqual(th.Header, tt.header) {
				t.Errorf("header = %q, want %q", th.Header, tt.header)
			}
			if th.Location.Line != tt.line {
				t.Errorf("header line = %d, want %d", th.Location.Line, tt.line)
			}
		})
	}
}

func TestStreamOrder(t *testing.T) {
	var calls []string
	_, err := Stream(context.Background(), writeFile(t, "o.csv", []byte("id\n1\n2\n")), parsers.Options{},
		func(th TableHeader, row model.Row) error {
			if row.Cells == nil {
				calls = append(calls, "header:"+strings.Join(th.Header, ","))
			} else {
				calls = append(calls, "row:"+strings.Join(row.Cells, ","))
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"header:id", "row:1", "row:2"}
	if !reflect.DeepEqual(calls, want) {
		t.Errorf("calls = %q, want %q", calls, want)
	}
}

func TestStreamEmptyFile(t *testing.T) {
	for _, data := range []string{"", "\n\n", " , ,\n"} {
		calls := 0
		_, err := Stream(context.Background(), writeFile(t, "e.csv", []byte(data)), parsers.Options{},
			func(TableHeader, model.Row) error { calls++; return nil })
		if err != nil {
			t.Fatalf("%q: %v", data, err)
		}
		if calls != 0 {
			t.Errorf("%q: %d calls, want 0", data, calls)
		}
	}
}

func TestStreamVisitorError(t *testing.T) {
	stop := errors.New("stop")
	_, err := Stream(context.Background(), writeFile(t, "v.csv", []byte("id\n1\n2\n")), parsers.Options{},
		func(th TableHeader, row model.Row) error {
			if row.Cells != nil {
				return stop
			}
			return nil
		})
	if !errors.Is(err, stop) {
		t.Errorf("err = %v, want the visitor's error", err)
	}
}

func TestStreamCanceled(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("id\n")
	for i := range 5 * contextCheckRows {
		b.WriteString(strings.Repeat("x", i%7+1) + "\n")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	rows := 0
	_, err := Stream(ctx, writeFile(t, "c.csv", b.Bytes()), parsers.Options{},
		func(th TableHeader, row model.Row) error {
			rows++
			if rows == 10 {
				cancel()
			}
			return nil
		})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if rows > 2*contextCheckRows {
		t.Errorf("read %d rows after cancellation", rows)
	}
}

func TestParseLimits(t *testing.T) {
	data := []byte("id\n1\n2\n3\n")

	_, err := Parse(context.Background(), writeFile(t, "big.csv", data), parsers.Options{MaxFileBytes: 5})
	if !errors.Is(err, parsers.ErrLimit) {
		t.Fatalf("file size: err = %v, want ErrLimit", err)
	}
	for _, part := range []string{"evidence/big.csv", "9 bytes", "limit of 5 bytes", "limits.max_file_bytes"} {
		if !strings.Contains(err.Error(), part) {
			t.Errorf("file size error %q does not contain %q", err, part)
		}
	}

	_, err = Parse(context.Background(), writeFile(t, "rows.csv", data), parsers.Options{MaxRows: 2})
	if !errors.Is(err, parsers.ErrLimit) {
		t.Fatalf("rows: err = %v, want ErrLimit", err)
	}
	for _, part := range []string{"more than 2 rows", "limits.max_rows"} {
		if !strings.Contains(err.Error(), part) {
			t.Errorf("rows error %q does not contain %q", err, part)
		}
	}

	if _, err := Parse(context.Background(), writeFile(t, "ok.csv", data), parsers.Options{MaxRows: 3}); err != nil {
		t.Errorf("at the row limit: %v", err)
	}
}

func TestParseBinary(t *testing.T) {
	tests := map[string][]byte{
		"nul in utf8":       []byte("id,name\n1,a\x00b\n"),
		"png":               []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"),
		"nul in utf16 text": utf16Bytes("id\n1\x002\n", false, true),
	}
	for name, data := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := Parse(context.Background(), writeFile(t, "bin.csv", data), parsers.Options{})
			if !errors.Is(err, parsers.ErrUnreadable) {
				t.Fatalf("err = %v, want ErrUnreadable", err)
			}
			if !strings.Contains(err.Error(), "evidence/bin.csv") {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

func TestParseDocument(t *testing.T) {
	doc := parseBytes(t, "user-access-review.csv", []byte("user,decision\nana,retain\n"), parsers.Options{})

	if doc.Format != model.FormatCSV || doc.File != "evidence/user-access-review.csv" || doc.Title != "user-access-review" {
		t.Errorf("format, file, title = %q, %q, %q", doc.Format, doc.File, doc.Title)
	}
	if doc.Statements == nil || doc.Sections == nil || doc.Problems == nil {
		t.Error("Statements, Sections and Problems must be non-nil")
	}
	if doc.Kind != "" || doc.Language != "" || doc.Evidence != nil {
		t.Error("Kind, Language and Evidence are for a later stage")
	}
	table := onlyTable(t, doc)
	if table.Section != -1 || table.Line != 1 {
		t.Errorf("table section, line = %d, %d", table.Section, table.Line)
	}
	if !strings.Contains(doc.Text, "1 rows, 2 columns") {
		t.Errorf("text = %q", doc.Text)
	}
}

func TestNewlinesAcrossBufferBoundaries(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("n,text\r\n")
	const rows = 20000
	for i := range rows {
		b.WriteString("1,")
		b.WriteString(strings.Repeat("y", i%13))
		b.WriteString("\r\n")
	}
	table := onlyTable(t, parseBytes(t, "crlf.csv", b.Bytes(), parsers.Options{}))

	if len(table.Rows) != rows {
		t.Fatalf("got %d rows, want %d", len(table.Rows), rows)
	}
	for i, row := range table.Rows {
		if row.Line != i+2 {
			t.Fatalf("row %d on line %d, want %d", i, row.Line, i+2)
		}
		if strings.ContainsRune(row.Cells[1], '\r') || len(row.Cells[1]) != i%13 {
			t.Fatalf("row %d text = %q", i, row.Cells[1])
		}
	}
}

func TestDetectSeparator(t *testing.T) {
	tests := []struct {
		sample   string
		complete bool
		want     byte
	}{
		{"a,b,c\n1,2,3\n", true, ','},
		{"a;b\n1;2\n", true, ';'},
		{"a\tb\n1\t2\n", true, '\t'},
		{"a|b|c\n1|2|3\n", true, '|'},
		{"title only\na;b;c\n1;2;3\n4;5;6\n", true, ';'},
		{"a;b\n\"1;x\";\"2,y,z\"\n", true, ';'},
		{"no separators at all\n", true, ','},
		{"a;b\n1;2\n3;4\n5,6,7,8,9,10,11,12", false, ';'},
	}
	for _, tt := range tests {
		if got := detectSeparator([]byte(tt.sample), tt.complete); got != tt.want {
			t.Errorf("detectSeparator(%q) = %q, want %q", tt.sample, got, tt.want)
		}
	}
}

func TestTestdataFiles(t *testing.T) {
	tests := []struct {
		file   string
		header []string
		rows   [][]string
	}{
		{"excel_sep_line.csv", []string{"name", "comment", "amount"}, [][]string{{"Ana", "uno, dos", "1,5"}, {"Luis", "tres; cuatro", "2"}}},
		{"windows1252.csv", []string{"user", "status"}, [][]string{{"José Müller", "activé"}, {"François", "€ fee"}}},
		{"utf16be_bom.tsv", []string{"id", "note"}, [][]string{{"1", "multi\nline"}, {"2", "plain"}}},
		{"pipe_title_row.csv", []string{"user", "system", "decision"}, [][]string{{"ana", "aws", "retain"}, {"luis", "gcp", "revoke|now"}}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			doc, err := Parse(context.Background(), parsers.File{Path: path, Rel: tt.file}, parsers.Options{})
			if err != nil {
				t.Fatal(err)
			}
			table := onlyTable(t, doc)
			if !reflect.DeepEqual(table.Header, tt.header) {
				t.Errorf("header = %q, want %q", table.Header, tt.header)
			}
			if got := cells(table); !reflect.DeepEqual(got, tt.rows) {
				t.Errorf("rows = %q, want %q", got, tt.rows)
			}
			if len(doc.Problems) != 0 {
				t.Errorf("problems = %+v", doc.Problems)
			}
		})
	}
}
