# METADATA
# title: Date helpers
# description: >
#   Date arithmetic against the run's reference date
#   (data.soc2lint.run.as_of), never the wall clock, so that a run is
#   reproducible.
package soc2lint.lib.dates

layout := "2006-01-02"

# as_of_ns is the reference date in nanoseconds. It is undefined when the run
# context sets no date, which makes every rule that depends on it skip.
as_of_ns := time.parse_ns(layout, data.soc2lint.run.as_of)

# parse_ns returns an ISO date in nanoseconds; undefined for "" or a date
# that does not parse.
parse_ns(date) := ns if {
	date != ""
	ns := time.parse_ns(layout, date)
}

# before_as_of is true when date is strictly earlier than the reference date
# shifted by the given years, months and days (negative values go back).
before_as_of(date, years, months, days) if {
	limit := time.add_date(as_of_ns, years, months, days)
	parse_ns(date) < limit
}
