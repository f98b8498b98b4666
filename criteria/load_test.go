package criteria

import (
	"io/fs"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

// embeddedCopy returns the embedded data files as a writable file system.
func embeddedCopy(t *testing.T) fstest.MapFS {
	t.Helper()

	out := fstest.MapFS{}
	err := fs.WalkDir(dataFS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}

		data, err := fs.ReadFile(dataFS, path)
		if err != nil {
			return err
		}
		out[path] = &fstest.MapFile{Data: data}

		return nil
	})
	if err != nil {
		t.Fatalf("copying embedded data: %v", err)
	}

	return out
}

// replaceOnce replaces the single occurrence of old in file, and fails the
// test when old does not occur exactly once, so that a case cannot pass
// without changing anything. It returns the line on which old started.
func replaceOnce(t *testing.T, fsys fstest.MapFS, file, old, replacement string) int {
	t.Helper()

	data := string(fsys[file].Data)
	if n := strings.Count(data, old); n != 1 {
		t.Fatalf("%s contains %q %d times, want exactly once", file, old, n)
	}

	at := strings.Index(data, old)
	fsys[file] = &fstest.MapFile{Data: []byte(strings.Replace(data, old, replacement, 1))}

	return strings.Count(data[:at], "\n") + 1
}

func TestLoadEmbeddedData(t *testing.T) {
	cat, err := load(dataFS)
	if err != nil {
		t.Fatalf("load(embedded data) failed: %v", err)
	}

	if len(cat.criteria) != 61 {
		t.Errorf("loaded %d criteria, want 61", len(cat.criteria))
	}
}

func TestLoadRejectsInvalidData(t *testing.T) {
	tests := []struct {
		name string
		file string
		old  string
		new  string

		// want are substrings of the error; "LINE" stands for the line
		// number of the changed text.
		want []string
	}{
		{
			name: "duplicate criterion",
			file: fileCatalog, old: "  - id: CC1.2\n    series: CC1", new: "  - id: CC1.1\n    series: CC1",
			want: []string{fileCatalog, "CC1.1 is listed twice"},
		},
		{
			name: "malformed criterion id",
			file: fileCatalog, old: "  - id: CC1.2\n", new: "  - id: CC-1.2\n",
			want: []string{fileCatalog, `"CC-1.2"`},
		},
		{
			name: "series mismatch",
			file: fileCatalog, old: "  - id: CC1.2\n    series: CC1", new: "  - id: CC1.2\n    series: CC2",
			want: []string{"CC1.2", `series is "CC2"`},
		},
		{
			name: "category mismatch",
			file: fileCatalog, old: "  - id: A1.1\n    series: A1\n    category: availability", new: "  - id: A1.1\n    series: A1\n    category: security",
			want: []string{"A1.1", `category is "security"`, `"availability"`},
		},
		{
			name: "missing spanish title",
			file: fileCatalog, old: "    title_es: Riesgo de fraude\n", new: "",
			want: []string{"CC3.3", "title_es is missing"},
		},
		{
			name: "spanish evidence shorter",
			file: fileCatalog, old: "      - Código de conducta aprobado\n", new: "",
			want: []string{"CC1.1", "evidence has 3 items but evidence_es has 2"},
		},
		{
			name: "misspelled key",
			file: fileCatalog, old: "    title_es: Riesgo de fraude\n", new: "    titel_es: Riesgo de fraude\n",
			want: []string{"parsing " + fileCatalog, "titel_es"},
		},
		{
			name: "duplicate annex a control",
			file: fileISO27001, old: "{id: A.5.2,", new: "{id: A.5.1,",
			want: []string{fileISO27001, "A.5.1 is listed twice"},
		},
		{
			name: "malformed csf id",
			file: fileNISTCSF, old: "{id: PR.AA-05,", new: "{id: PR.AA-5,",
			want: []string{fileNISTCSF, `"PR.AA-5"`},
		},
		{
			name: "unknown iso id",
			file: fileCrossISO, old: "CC6.6\tA.8.2\tpublished\n", new: "CC6.6\tA.8.35\tpublished\n",
			want: []string{fileCrossISO + ":LINE:", `"A.8.35"`},
		},
		{
			name: "unknown criterion in crosswalk",
			file: fileCrossISO, old: "CC6.6\tA.8.2\tpublished\n", new: "CC6.9\tA.8.2\tpublished\n",
			want: []string{fileCrossISO + ":LINE:", `unknown criterion "CC6.9"`},
		},
		{
			name: "unknown source",
			file: fileCrossISO, old: "CC6.6\tA.8.2\tpublished\n", new: "CC6.6\tA.8.2\tguessed\n",
			want: []string{fileCrossISO + ":LINE:", `source "guessed"`},
		},
		{
			name: "published csf row",
			file: fileCrossNISTCSF, old: "A1.1\tPR.IR-04\tderived\tA.8.6\n", new: "A1.1\tPR.IR-04\tpublished\tA.8.6\n",
			want: []string{fileCrossNISTCSF + ":LINE:", `source "published"`},
		},
		{
			name: "via outside the criterion",
			file: fileCrossNISTCSF, old: "A1.1\tPR.IR-04\tderived\tA.8.6\n", new: "A1.1\tPR.IR-04\tderived\tA.8.13\n",
			want: []string{fileCrossNISTCSF + ":LINE:", `via id "A.8.13"`},
		},
		{
			name: "duplicate link",
			file: fileCrossGDPR, old: "P6.2\tArt. 30\tderived\n", new: "P6.2\tArt. 30\tderived\nP6.2\tArt. 30\tderived\n",
			want: []string{fileCrossGDPR + ":", "P6.2 links to Art. 30 twice"},
		},
		{
			name: "missing column",
			file: fileCrossNISTCSF, old: "A1.1\tPR.IR-04\tderived\tA.8.6\n", new: "A1.1\tPR.IR-04\tderived\n",
			want: []string{"parsing " + fileCrossNISTCSF, "wrong number of fields"},
		},
		{
			name: "wrong header",
			file: fileCrossGDPR, old: "criterion\tgdpr\tsource\n", new: "criterion\tarticle\tsource\n",
			want: []string{fileCrossGDPR, "header row"},
		},
		{
			name: "criterion without csf",
			file: fileCrossNISTCSF, old: "A1.1\tPR.IR-04\tderived\tA.8.6\n", new: "",
			want: []string{fileCrossNISTCSF, "A1.1 has no NIST CSF subcategory"},
		},
		{
			name: "privacy criterion without gdpr",
			file: fileCrossGDPR, old: "P6.2\tArt. 30\tderived\n", new: "",
			want: []string{fileCrossGDPR, "P6.2 has no GDPR article"},
		},
		{
			name: "criterion without annex a",
			file: fileCrossISO, old: "P6.7\tA.5.34\tderived\n", new: "",
			want: []string{fileCrossISO, "P6.7 has no ISO/IEC 27001 Annex A control"},
		},
	}

	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := embeddedCopy(t)
			line := replaceOnce(t, fsys, tt.file, tt.old, tt.new)

			_, err := load(fsys)
			if err == nil {
				t.Fatal("load succeeded, want an error")
			}

			for _, want := range tt.want {
				want = strings.ReplaceAll(want, "LINE", strconv.Itoa(line))
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not contain %q", err, want)
				}
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	fsys := embeddedCopy(t)
	delete(fsys, fileNISTCSF)

	_, err := load(fsys)
	if err == nil || !strings.Contains(err.Error(), "reading "+fileNISTCSF) {
		t.Errorf("load without %s: error %v, want one naming the file", fileNISTCSF, err)
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := load(dataFS); err != nil {
			b.Fatal(err)
		}
	}
}
