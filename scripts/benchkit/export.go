package main

import (
	"fmt"
	"time"
)

// exportHeader names the columns of the generated access review export. The
// evidence package recognizes it as an access review, so `soc2lint lint`
// runs the evidence rules over every row.
var exportHeader = []string{"User", "System", "Access Level", "Reviewer", "Decision", "Review Date"}

// reviewRow is one row of the export. Every 1000th row is revoked, and
// review dates cycle through 2026 so the rows spread over an audit period.
type reviewRow struct {
	user, system, access, reviewer, decision string
	reviewed                                 time.Time
}

var (
	systems  = []string{"AWS", "GitHub", "Okta", "Google Workspace", "Salesforce", "PostgreSQL"}
	accesses = []string{"Admin", "Read Only", "Developer", "Billing", "Support"}
)

// exportRow returns row i (counted from 1) of the export.
func exportRow(i int) reviewRow {
	decision := "Keep"
	if i%1000 == 0 {
		decision = "Revoke"
	}

	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	return reviewRow{
		user:     fmt.Sprintf("user%07d@example.com", i),
		system:   systems[i%len(systems)],
		access:   accesses[i%len(accesses)],
		reviewer: fmt.Sprintf("manager%d@example.com", i%250),
		decision: decision,
		reviewed: start.AddDate(0, 0, i%365),
	}
}
