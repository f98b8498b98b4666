package docx

import (
	"encoding/xml"
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/parsers/ooxml"
)

// readParagraphProperties reads the style, numbering and outline level of
// a w:pPr whose start tag was just read, up to its end tag.
func readParagraphProperties(d *xml.Decoder, p *paragraph) error {
	return readProperties(d, func(t xml.StartElement) {
		switch t.Name.Local {
		case "pStyle":
			p.style = attr(t, "val")
		case "outlineLvl":
			p.outline = outlineValue(attr(t, "val"))
		case "numId":
			p.numbering = 1
			if attr(t, "val") == "0" {
				p.numbering = -1
			}
		}
	})
}

// readRowProperties reads w:gridBefore of a w:trPr.
func readRowProperties(d *xml.Decoder, row *tableRow) error {
	return readProperties(d, func(t xml.StartElement) {
		if t.Name.Local == "gridBefore" {
			row.gridBefore = gridCount(attr(t, "val"))
		}
	})
}

// readCellProperties reads w:gridSpan and w:vMerge of a w:tcPr. A vMerge
// without a value continues the merge, like vMerge="continue".
func readCellProperties(d *xml.Decoder, cell *tableCell) error {
	return readProperties(d, func(t xml.StartElement) {
		switch t.Name.Local {
		case "gridSpan":
			cell.span = max(gridCount(attr(t, "val")), 1)
		case "vMerge":
			cell.continued = attr(t, "val") != "restart"
		}
	})
}

// readProperties calls visit for each element inside the properties
// element whose start tag was just read, and consumes the element. Change
// tracking elements (w:pPrChange) hold the former properties, so their
// content is skipped.
func readProperties(d *xml.Decoder, visit func(xml.StartElement)) error {
	depth := 1
	for depth > 0 {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if strings.HasSuffix(t.Name.Local, "Change") {
				if err := ooxml.SkipElement(d); err != nil {
					return err
				}
				continue
			}
			depth++
			visit(t)
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

// maxGridCount bounds a column count read from gridSpan or gridBefore, so
// that a damaged value cannot make a row of millions of cells.
const maxGridCount = 64

func gridCount(val string) int {
	n, err := strconv.Atoi(val)
	if err != nil || n < 0 {
		return 0
	}
	return min(n, maxGridCount)
}
