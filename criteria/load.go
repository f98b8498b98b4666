package criteria

import (
	"bytes"
	"embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// Data file names inside the embedded file system.
const (
	fileCatalog      = "data/catalog.yaml"
	fileISO27001     = "data/iso27001.yaml"
	fileNISTCSF      = "data/nist_csf.yaml"
	fileGDPR         = "data/gdpr.yaml"
	fileCrossISO     = "data/crosswalk_iso27001.tsv"
	fileCrossNISTCSF = "data/crosswalk_nist_csf.tsv"
	fileCrossGDPR    = "data/crosswalk_gdpr.tsv"
)

//go:embed data/*.yaml data/*.tsv
var dataFS embed.FS

// catalog is the parsed and validated content of the data files.
type catalog struct {
	criteria []Criterion
	index    map[string]int

	isoControls []Entry
	isoClauses  []Entry
	csf         []Entry
	gdpr        []Entry

	// links maps a framework name to its crosswalk rows in catalog order.
	links map[string][]Link

	// reverse maps a framework name and one of its ids to the criterion ids
	// that link to it, in catalog order.
	reverse map[string]map[string][]string
}

// embedded returns the catalog parsed from the embedded data files. Tests
// prove those files valid, so a failure here is a build defect and panics.
var embedded = sync.OnceValue(func() *catalog {
	cat, err := load(dataFS)
	if err != nil {
		panic("criteria: the embedded catalog is invalid, rebuild from valid data files: " + err.Error())
	}

	return cat
})

// rawCriterion is one entry of catalog.yaml.
type rawCriterion struct {
	ID         string   `yaml:"id"`
	Series     string   `yaml:"series"`
	Category   string   `yaml:"category"`
	Title      string   `yaml:"title"`
	TitleES    string   `yaml:"title_es"`
	Summary    string   `yaml:"summary"`
	SummaryES  string   `yaml:"summary_es"`
	Evidence   []string `yaml:"evidence"`
	EvidenceES []string `yaml:"evidence_es"`

	EvidenceOnly   bool   `yaml:"evidence_only"`
	EvidenceNote   string `yaml:"evidence_note"`
	EvidenceNoteES string `yaml:"evidence_note_es"`
}

// load reads, validates and indexes the data files in fsys.
func load(fsys fs.FS) (*catalog, error) {
	cat := &catalog{}

	if err := loadFrameworks(fsys, cat); err != nil {
		return nil, err
	}

	if err := loadCriteria(fsys, cat); err != nil {
		return nil, err
	}

	if err := loadCrosswalks(fsys, cat); err != nil {
		return nil, err
	}

	if err := checkCoverage(cat); err != nil {
		return nil, err
	}

	cat.buildReverse()

	return cat, nil
}

func loadFrameworks(fsys fs.FS, cat *catalog) error {
	var iso struct {
		Clauses  []Entry `yaml:"clauses"`
		Controls []Entry `yaml:"controls"`
	}
	if err := decodeYAML(fsys, fileISO27001, &iso); err != nil {
		return err
	}

	var csf struct {
		Subcategories []Entry `yaml:"subcategories"`
	}
	if err := decodeYAML(fsys, fileNISTCSF, &csf); err != nil {
		return err
	}

	var gdpr struct {
		Articles []Entry `yaml:"articles"`
	}
	if err := decodeYAML(fsys, fileGDPR, &gdpr); err != nil {
		return err
	}

	lists := []struct {
		file    string
		entries []Entry
		format  idFormat
	}{
		{fileISO27001, iso.Clauses, isoClauseFormat},
		{fileISO27001, iso.Controls, isoControlFormat},
		{fileNISTCSF, csf.Subcategories, csfFormat},
		{fileGDPR, gdpr.Articles, gdprFormat},
	}
	seen := map[string]string{}
	for _, list := range lists {
		if err := checkEntries(list.file, list.entries, list.format, seen); err != nil {
			return err
		}
	}

	cat.isoClauses = iso.Clauses
	cat.isoControls = iso.Controls
	cat.csf = csf.Subcategories
	cat.gdpr = gdpr.Articles

	return nil
}

func loadCriteria(fsys fs.FS, cat *catalog) error {
	var file struct {
		Criteria []rawCriterion `yaml:"criteria"`
	}
	if err := decodeYAML(fsys, fileCatalog, &file); err != nil {
		return err
	}

	if len(file.Criteria) == 0 {
		return fmt.Errorf("%s: no criteria found under the key \"criteria\"", fileCatalog)
	}

	cat.index = make(map[string]int, len(file.Criteria))
	for _, raw := range file.Criteria {
		if err := checkCriterion(raw); err != nil {
			return fmt.Errorf("%s: %w", fileCatalog, err)
		}

		if _, dup := cat.index[raw.ID]; dup {
			return fmt.Errorf("%s: criterion %s is listed twice", fileCatalog, raw.ID)
		}

		cat.index[raw.ID] = len(cat.criteria)
		cat.criteria = append(cat.criteria, Criterion{
			ID:         raw.ID,
			Series:     raw.Series,
			Category:   raw.Category,
			Title:      strings.TrimSpace(raw.Title),
			TitleES:    strings.TrimSpace(raw.TitleES),
			Summary:    strings.TrimSpace(raw.Summary),
			SummaryES:  strings.TrimSpace(raw.SummaryES),
			Evidence:   raw.Evidence,
			EvidenceES: raw.EvidenceES,

			EvidenceOnly:   raw.EvidenceOnly,
			EvidenceNote:   strings.TrimSpace(raw.EvidenceNote),
			EvidenceNoteES: strings.TrimSpace(raw.EvidenceNoteES),

			Mappings: Mappings{ISO27001: []string{}, NISTCSF: []string{}, GDPR: []string{}},
		})
	}

	return nil
}

// decodeYAML decodes one data file into out, rejecting keys that out does not
// declare so that a misspelled key fails instead of being dropped.
func decodeYAML(fsys fs.FS, name string, out any) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}

	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(out); err != nil {
		return fmt.Errorf("parsing %s: %w", name, err)
	}

	return nil
}

// readTSV returns the data rows of a tab-separated file after checking its
// header row, with the 1-based line number of each row. Lines starting with
// '#' are comments.
func readTSV(fsys fs.FS, name string, header []string) ([][]string, []int, error) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, nil, fmt.Errorf("reading %s: %w", name, err)
	}

	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = '\t'
	r.Comment = '#'
	r.FieldsPerRecord = len(header)

	first, err := r.Read()
	if err != nil {
		return nil, nil, fmt.Errorf("parsing %s: header row: %w", name, err)
	}
	if strings.Join(first, "\t") != strings.Join(header, "\t") {
		return nil, nil, fmt.Errorf("%s: header row is %q, expected %q", name, first, header)
	}

	var rows [][]string
	var lines []int
	for {
		row, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, nil, fmt.Errorf("parsing %s: %w", name, err)
		}

		line, _ := r.FieldPos(0)
		for i := range row {
			row[i] = strings.TrimSpace(row[i])
		}
		rows = append(rows, row)
		lines = append(lines, line)
	}

	return rows, lines, nil
}
