package pdf

import (
	"fmt"
	"slices"

	"github.com/ledongthuc/pdf"
	"github.com/soc2lint/soc2lint/model"
)

// Bounds on the page tree. The walk does not use the library's page lookup,
// which follows /Count and /Parent links and loops forever on a cyclic tree.
const (
	maxTreeDepth = 64
	maxTreeNodes = 200_000
)

// letterHeight is the page height used when a page has no usable MediaBox:
// US Letter, 11 inches at 72 points per inch.
const letterHeight = 792

// pageRef is one leaf of the page tree with the attributes it inherits.
type pageRef struct {
	number    int
	dict      pdf.Value
	resources pdf.Value

	// bottom and top are the vertical bounds of the MediaBox, in points.
	bottom, top float64
}

// pageWalker collects the pages of the tree in document order.
type pageWalker struct {
	pages    []pageRef
	nodes    int
	stopped  bool
	problems []model.Problem

	// path holds the Pages nodes from the root to the current node.
	path   []string
	cyclic bool
}

// inherited holds the page attributes that a Pages node passes to its kids.
type inherited struct {
	resources   pdf.Value
	bottom, top float64
}

// collectPages walks the page tree from root and reports a tree whose
// /Count disagrees with the pages it holds, or one too deep to be real.
func collectPages(root pdf.Value) ([]pageRef, []model.Problem) {
	var w pageWalker
	w.walk(root, inherited{bottom: 0, top: letterHeight}, 0)

	if w.cyclic {
		w.problems = append(w.problems, model.Problem{
			Severity: "warning",
			Message:  "the page tree is cyclic (a Pages node lists itself or an ancestor as a kid); the repeated branch was skipped: re-export the PDF",
		})
	}

	declared := root.Key("Count").Int64()
	if declared != int64(len(w.pages)) && !w.stopped && !w.cyclic {
		w.problems = append(w.problems, model.Problem{
			Severity: "warning",
			Message: fmt.Sprintf("the page tree declares /Count %d but holds %d page(s); only those pages were read: re-export the PDF",
				declared, len(w.pages)),
		})
	}
	return w.pages, w.problems
}

func (w *pageWalker) walk(node pdf.Value, from inherited, depth int) {
	if w.stopped {
		return
	}

	w.nodes++
	if depth > maxTreeDepth || w.nodes > maxTreeNodes {
		w.stopped = true
		w.problems = append(w.problems, model.Problem{
			Severity: "warning",
			Message: fmt.Sprintf("the page tree is deeper than %d levels or has more than %d nodes, so it is cyclic or damaged; pages after page %d were skipped: re-export the PDF",
				maxTreeDepth, maxTreeNodes, len(w.pages)),
		})
		return
	}

	attrs := from
	if res := node.Key("Resources"); !res.IsNull() {
		attrs.resources = res
	}
	if box := node.Key("MediaBox"); box.Len() == 4 {
		bottom, top := box.Index(1).Float64(), box.Index(3).Float64()
		if top > bottom {
			attrs.bottom, attrs.top = bottom, top
		}
	}

	kids := node.Key("Kids")
	isTree := node.Key("Type").Name() == "Pages" || (node.Key("Type").Name() != "Page" && kids.Kind() == pdf.Array)
	if isTree {
		// The library hides object numbers, so a node is identified by its
		// dictionary as written, where references stay unresolved.
		identity := node.String()
		if slices.Contains(w.path, identity) {
			w.cyclic = true
			return
		}
		w.path = append(w.path, identity)
		for i := 0; i < kids.Len() && !w.stopped; i++ {
			w.walk(kids.Index(i), attrs, depth+1)
		}
		w.path = w.path[:len(w.path)-1]
		return
	}

	if node.Kind() != pdf.Dict {
		return
	}
	w.pages = append(w.pages, pageRef{
		number:    len(w.pages) + 1,
		dict:      node,
		resources: attrs.resources,
		bottom:    attrs.bottom,
		top:       attrs.top,
	})
}
