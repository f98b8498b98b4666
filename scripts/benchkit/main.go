// Command benchkit writes the large inputs that scripts/bench.sh measures
// soc2lint and other tools on, an access review export as XLSX or CSV and a
// many-page policy PDF, and runs one soc2lint parser alone on a file.
//
// Usage:
//
//	benchkit xlsx ROWS FILE
//	benchkit csv ROWS FILE
//	benchkit pdf PAGES FILE
//	benchkit parse FILE
//
// The generated files depend only on the arguments, so two runs of the
// script measure the same bytes.
package main

import (
	"fmt"
	"os"
	"strconv"
)

const usage = `usage:
  benchkit xlsx ROWS FILE    access review export of ROWS rows, written with excelize's StreamWriter
  benchkit csv ROWS FILE     the same export as comma-separated values
  benchkit pdf PAGES FILE    policy text on PAGES pages of Flate-compressed Helvetica
  benchkit parse FILE        parse FILE with the soc2lint parser for its suffix and print counts`

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintf(os.Stderr, "benchkit: %v\n", err)
		os.Exit(2)
	}
}

// run parses the arguments and writes the requested file or parses one.
func run(args []string) error {
	if len(args) == 2 && args[0] == "parse" {
		return parseFile(os.Stdout, args[1])
	}
	if len(args) != 3 {
		return fmt.Errorf("expected 3 arguments, got %d\n%s", len(args), usage)
	}

	kind, countArg, path := args[0], args[1], args[2]
	count, err := strconv.Atoi(countArg)
	if err != nil || count < 1 {
		return fmt.Errorf("invalid count %q: use a positive integer\n%s", countArg, usage)
	}

	switch kind {
	case "xlsx":
		err = writeXLSX(path, count)
	case "csv":
		err = writeCSV(path, count)
	case "pdf":
		err = writePDF(path, count)
	default:
		return fmt.Errorf("unknown input kind %q: use xlsx, csv or pdf\n%s", kind, usage)
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
