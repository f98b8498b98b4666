// Command soc2lint lints SOC 2 policies and audit evidence against the
// AICPA Trust Services Criteria.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
