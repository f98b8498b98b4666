package csv

import "github.com/soc2lint/soc2lint/parsers/problems"

// Kinds of the problems a file reports, each capped at problems.MaxPerKind.
const (
	kindShortRow     problems.Kind = "short row"
	kindLongRow      problems.Kind = "long row"
	kindUnterminated problems.Kind = "unterminated quote"
)
