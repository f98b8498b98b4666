package criteria

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// Header rows of the crosswalk files.
var (
	headerCrossISO     = []string{"criterion", FrameworkISO27001, "source"}
	headerCrossNISTCSF = []string{"criterion", "nist_csf", "source", "via"}
	headerCrossGDPR    = []string{"criterion", FrameworkGDPR, "source"}
)

// noVia marks a NIST CSF link that was chosen by reading, with no ISO id
// through which NIST's references reach it.
const noVia = "-"

// crosswalkSpec describes one crosswalk file.
type crosswalkSpec struct {
	framework string
	file      string
	header    []string

	// order gives each valid target id its position in the framework list.
	order map[string]int

	// sources are the source values allowed in the file.
	sources []string
}

// loadCrosswalks reads the three crosswalk files into the criteria's
// Mappings and into cat.links. The ISO file is read first because NIST CSF
// rows name ISO ids of their criterion in the via column.
func loadCrosswalks(fsys fs.FS, cat *catalog) error {
	specs := []crosswalkSpec{
		{FrameworkISO27001, fileCrossISO, headerCrossISO, positions(cat.isoClauses, cat.isoControls), []string{SourcePublished, SourceDerived}},
		{FrameworkNISTCSF, fileCrossNISTCSF, headerCrossNISTCSF, positions(cat.csf), []string{SourceDerived}},
		{FrameworkGDPR, fileCrossGDPR, headerCrossGDPR, positions(cat.gdpr), []string{SourceDerived}},
	}

	cat.links = map[string][]Link{}
	for _, spec := range specs {
		if err := loadCrosswalk(fsys, cat, spec); err != nil {
			return err
		}
	}

	return nil
}

func loadCrosswalk(fsys fs.FS, cat *catalog, spec crosswalkSpec) error {
	rows, lines, err := readTSV(fsys, spec.file, spec.header)
	if err != nil {
		return err
	}

	seen := map[string]bool{}
	var links []Link
	for i, row := range rows {
		link, err := parseLink(cat, spec, row)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", spec.file, lines[i], err)
		}

		key := link.Criterion + " " + link.ID
		if seen[key] {
			return fmt.Errorf("%s:%d: criterion %s links to %s twice", spec.file, lines[i], link.Criterion, link.ID)
		}
		seen[key] = true

		list := mappingList(&cat.criteria[cat.index[link.Criterion]].Mappings, spec.framework)
		*list = append(*list, link.ID)
		links = append(links, link)
	}

	for i := range cat.criteria {
		list := mappingList(&cat.criteria[i].Mappings, spec.framework)
		slices.SortStableFunc(*list, func(a, b string) int { return spec.order[a] - spec.order[b] })
	}

	slices.SortStableFunc(links, func(a, b Link) int {
		if d := cat.index[a.Criterion] - cat.index[b.Criterion]; d != 0 {
			return d
		}
		return spec.order[a.ID] - spec.order[b.ID]
	})
	cat.links[spec.framework] = links

	return nil
}

// parseLink checks one crosswalk row against the catalog and the framework
// list.
func parseLink(cat *catalog, spec crosswalkSpec, row []string) (Link, error) {
	link := Link{Criterion: row[0], Framework: spec.framework, ID: row[1], Source: row[2]}

	i, ok := cat.index[link.Criterion]
	if !ok {
		return Link{}, fmt.Errorf("unknown criterion %q; use an id from %s", link.Criterion, fileCatalog)
	}

	if _, ok := spec.order[link.ID]; !ok {
		return Link{}, fmt.Errorf("unknown %s id %q for criterion %s", spec.framework, link.ID, link.Criterion)
	}

	if !slices.Contains(spec.sources, link.Source) {
		return Link{}, fmt.Errorf("source %q of %s %s is not one of %s", link.Source, link.Criterion, link.ID, strings.Join(spec.sources, ", "))
	}

	if len(row) > 3 && row[3] != noVia {
		iso := cat.criteria[i].Mappings.ISO27001
		for _, via := range strings.Fields(row[3]) {
			if !slices.Contains(iso, via) {
				return Link{}, fmt.Errorf("via id %q of %s %s is not among the ISO/IEC 27001 ids of %s in %s",
					via, link.Criterion, link.ID, link.Criterion, fileCrossISO)
			}
			link.Via = append(link.Via, via)
		}
	}

	return link, nil
}

// buildReverse indexes, for each framework id, the criteria that link to it.
func (cat *catalog) buildReverse() {
	cat.reverse = map[string]map[string][]string{}
	for _, framework := range Frameworks() {
		cat.reverse[framework] = map[string][]string{}
	}

	for _, c := range cat.criteria {
		for _, framework := range Frameworks() {
			for _, id := range *mappingList(&c.Mappings, framework) {
				cat.reverse[framework][id] = append(cat.reverse[framework][id], c.ID)
			}
		}
	}
}

// mappingList returns the list in m that holds ids of framework, which must
// be one of the Framework constants.
func mappingList(m *Mappings, framework string) *[]string {
	switch framework {
	case FrameworkISO27001:
		return &m.ISO27001
	case FrameworkNISTCSF:
		return &m.NISTCSF
	default:
		return &m.GDPR
	}
}

// positions maps each id of the given lists, taken in turn, to its position.
func positions(lists ...[]Entry) map[string]int {
	order := map[string]int{}
	for _, list := range lists {
		for _, e := range list {
			order[e.ID] = len(order)
		}
	}

	return order
}
