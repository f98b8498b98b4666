package xlsx

import (
	"strconv"
	"strings"
)

type styleSheetXML struct {
	NumFmts []struct {
		ID   string `xml:"numFmtId,attr"`
		Code string `xml:"formatCode,attr"`
	} `xml:"numFmts>numFmt"`
	CellXfs []struct {
		NumFmtID string `xml:"numFmtId,attr"`
	} `xml:"cellXfs>xf"`
}

// readStyles returns the date kind of each cell style, indexed by the
// style index that a cell's s attribute holds. A workbook without a styles
// part has no date cells except t="d" ones.
func (a *archive) readStyles(part string) ([]dateKind, error) {
	if part == "" {
		part = "xl/styles.xml"
	}
	if !a.Has(part) {
		return nil, nil
	}

	var sheet styleSheetXML
	if err := a.DecodePart(part, &sheet); err != nil {
		return nil, err
	}

	custom := map[int]string{}
	for _, f := range sheet.NumFmts {
		if id, err := strconv.Atoi(strings.TrimSpace(f.ID)); err == nil {
			custom[id] = f.Code
		}
	}

	kinds := make([]dateKind, len(sheet.CellXfs))
	for i, xf := range sheet.CellXfs {
		id, err := strconv.Atoi(strings.TrimSpace(xf.NumFmtID))
		if err != nil {
			continue
		}
		if code, ok := custom[id]; ok {
			kinds[i] = classifyFormat(code)
		} else {
			kinds[i] = builtinKind(id)
		}
	}
	return kinds, nil
}
