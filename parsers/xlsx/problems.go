package xlsx

import "github.com/soc2lint/soc2lint/parsers/problems"

// Kinds of the problems a workbook reports, each capped at
// problems.MaxPerKind, so that a column of a million uncached formulas gives
// a handful of findings and a count.
const (
	kindFormula      problems.Kind = "formula without cached value"
	kindSharedString problems.Kind = "invalid shared string index"
	kindCellRef      problems.Kind = "invalid cell reference"
	kindMerge        problems.Kind = "invalid merged range"
	kindLongRow      problems.Kind = "cells outside the header columns"
	kindDate         problems.Kind = "invalid date"
)
