# METADATA
# title: Policy facts
# description: >
#   The control parameters the policies state, derived once over all
#   documents before the document pass and stored at
#   data.soc2lint.run.facts, where the evidence rules read them instead of
#   their defaults. Each fact names the policy sentence it came from (file,
#   line and the phrase matched), so that a finding can quote it. A fact is
#   absent when no policy states it.
package soc2lint.facts

import data.soc2lint.lib.stated

# access_review is how often user access is reviewed, in days.
access_review := object.union(f, {"days": f.value}) if {
	f := stated.smallest(stated.frequency_candidates("access_review"))
}

# deprovisioning is the window for removing a leaver's access, in hours;
# next_working_day is true when the policy counts it to the end of the next
# working day, which the rules read in calendar terms (Friday to Monday).
deprovisioning := object.union(f, {
	"hours": f.value,
	"next_working_day": regex.match(`(next|following) (business|working) day|siguiente dia (habil|laborable)|dia (habil|laborable) siguiente`, f.phrase),
}) if {
	candidates := [c |
		some c in stated.duration_candidates("leaver", "")
		[_, file, line, _] := c
		removal_statement(file, line)
	]
	f := stated.smallest(candidates)
}

removal_statement(file, line) if {
	some pair in stated.about("access_removal")
	[d, s] := pair
	d.file == file
	s.line == line
}

# vulnerability_sla maps a severity to the days allowed for remediation.
vulnerability_sla[severity] := {"days": best[0], "file": best[1], "line": best[2], "phrase": best[3]} if {
	some severity in {x[0] | some x in stated.severity_deadlines}
	best := sort([[days, file, line, phrase] |
		some x in stated.severity_deadlines
		[s, days, file, line, phrase] := x
		s == severity
	])[0]
}

# training is how often everyone repeats awareness training, in days. The
# most lenient stated cadence is taken, because policies also state
# stricter ones for single audiences ("support staff every six months").
training := object.union(f, {"days": f.value}) if {
	f := stated.largest(stated.frequency_candidates("training"))
}

new_hire_pattern := `new (hires?|starters?|joiners?|employees?|staff|personnel|workforce members?)|onboard|induction|on joining|nuev[oa]s? (emplead|incorporacion|ingreso|personal|trabajador)|incorporacion|alta de`

# training_new_hire is the window for a new hire's first training, in days.
training_new_hire := object.union(f, {"days": f.value / 24}) if {
	f := stated.smallest(stated.duration_candidates("training", new_hire_pattern))
}

# restore_test is how often backups are restored as a test, in days.
restore_test := object.union(f, {"days": f.value}) if {
	f := stated.smallest(stated.frequency_candidates("recovery_test"))
}
