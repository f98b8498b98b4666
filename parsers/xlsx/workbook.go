package xlsx

import (
	"fmt"
	"path"
	"strings"

	"github.com/soc2lint/soc2lint/parsers"
)

// Relationship type suffixes. Transitional OOXML types start with
// http://schemas.openxmlformats.org/, Strict ones with
// http://purl.oclc.org/ooxml/, and both end the same way.
const (
	relOfficeDocument = "/officeDocument"
	relWorksheet      = "/worksheet"
	relSharedStrings  = "/sharedStrings"
	relStyles         = "/styles"
)

// sheetInfo is one worksheet of the workbook.
type sheetInfo struct {
	name string
	part string
}

// workbook is the sheet list, date system and related part names read from
// the workbook part.
type workbook struct {
	sheets        []sheetInfo
	date1904      bool
	sharedStrings string
	styles        string
}

type relationships struct {
	Items []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
		Mode   string `xml:"TargetMode,attr"`
	} `xml:"Relationship"`
}

// readWorkbook finds the workbook part through the package relationships and
// reads its sheet list, date system and related parts.
func (a *archive) readWorkbook() (*workbook, error) {
	wbPart := "xl/workbook.xml"
	if a.Has("_rels/.rels") {
		var rels relationships
		if err := a.DecodePart("_rels/.rels", &rels); err != nil {
			return nil, err
		}
		for _, r := range rels.Items {
			if strings.HasSuffix(r.Type, relOfficeDocument) {
				wbPart = resolveTarget("", r.Target)
				break
			}
		}
	}
	if !a.Has(wbPart) {
		return nil, fmt.Errorf("%s: no workbook part %q: the file is not an Excel workbook; save it again as .xlsx: %w", a.Name(), wbPart, parsers.ErrUnreadable)
	}

	var doc workbookSheets
	if err := a.DecodePart(wbPart, &doc); err != nil {
		return nil, err
	}

	wb := &workbook{date1904: isTrue(doc.Props.Date1904)}
	targets := map[string]string{}
	dir := path.Dir(wbPart)
	relsPart := path.Join(dir, "_rels", path.Base(wbPart)+".rels")
	if a.Has(relsPart) {
		var rels relationships
		if err := a.DecodePart(relsPart, &rels); err != nil {
			return nil, err
		}
		for _, r := range rels.Items {
			if strings.EqualFold(r.Mode, "External") {
				continue
			}
			target := resolveTarget(dir, r.Target)
			switch {
			case strings.HasSuffix(r.Type, relWorksheet):
				targets[r.ID] = target
			case strings.HasSuffix(r.Type, relSharedStrings):
				wb.sharedStrings = target
			case strings.HasSuffix(r.Type, relStyles):
				wb.styles = target
			}
		}
	}

	for _, s := range doc.Sheets {
		// Chart sheets and dialog sheets have relationships of other types
		// and hold no cells.
		if part, ok := targets[s.RelID]; ok && a.Has(part) {
			wb.sheets = append(wb.sheets, sheetInfo{name: s.Name, part: part})
		}
	}
	return wb, nil
}

// workbookSheets is the part of workbook.xml the parser reads. RelID matches
// the r:id attribute whatever namespace prefix or URI it has.
type workbookSheets struct {
	Props struct {
		Date1904 string `xml:"date1904,attr"`
	} `xml:"workbookPr"`
	Sheets []struct {
		Name  string `xml:"name,attr"`
		RelID string `xml:"id,attr"`
	} `xml:"sheets>sheet"`
}

// resolveTarget turns a relationship target into a part name: absolute
// targets start at the package root, relative ones at dir.
func resolveTarget(dir, target string) string {
	target = strings.ReplaceAll(target, "\\", "/")
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Join(dir, target), "/")
}

// isTrue reads an XML Schema boolean.
func isTrue(v string) bool {
	return v == "1" || strings.EqualFold(v, "true")
}
