# METADATA
# title: Evidence helpers
# description: >
#   Shared helpers of the evidence rules. The Go side evaluates the rules
#   on two kinds of input: chunks of typed records (input.evidence.records with
#   input.evidence.chunk set) for row checks, and once the summary of all
#   rows (input.evidence.summary) for set-level checks. Row failures carry
#   group "row", so that the Go side can fold many of them into one finding.
package soc2lint.lib.evidence

import data.soc2lint.lib.result
import data.soc2lint.lib.text

day_ns := ((24 * 60) * 60) * 1000000000

# records are the typed rows of the current chunk; undefined outside a chunk
# evaluation, so that row checks never run twice.
records := input.evidence.records if is_number(input.evidence.chunk)

# summary is the projection of all rows; undefined in chunk evaluations.
summary := input.evidence.summary

of_type(name) if input.evidence.type == name

# row_fail is a violation located at one record.
row_fail(en, es, record) := object.union(result.fail(en, es, record), {"group": "row"})

# set_fail is a violation about the export as a whole, at its header row.
set_fail(en, es) := result.fail(en, es, summary.location)

# where names a record's row for messages: "line 14" or "Changes!A14".
where(record) := sprintf("%s!%s", [record.sheet, record.cell]) if record.cell

else := sprintf("line %d", [record.line])

# ns reads a typed date ("2026-03-01") or date-time ("2026-03-01T14:05:00Z").
ns(value) := time.parse_rfc3339_ns(value) if contains(value, "T")

else := time.parse_ns("2006-01-02", substring(value, 0, 10))

# day returns the calendar day of a typed date or date-time.
day(value) := substring(value, 0, 10)

# days_between is the whole calendar days from one typed value to another.
days_between(from, to) := round((time.parse_ns("2006-01-02", day(to)) - time.parse_ns("2006-01-02", day(from))) / day_ns)

as_of_ns := time.parse_ns("2006-01-02", data.soc2lint.run.as_of)

# days_to_as_of is the whole days from a typed value to the run's as_of.
days_to_as_of(value) := round((as_of_ns - time.parse_ns("2006-01-02", day(value))) / day_ns)

# same_person compares names or ids trimmed and case-folded.
same_person(a, b) if text.fold(trim_space(a)) == text.fold(trim_space(b))

# fact returns the named policy fact, or default when no policy states it.
fact(name, default_value) := data.soc2lint.run.facts[name] if data.soc2lint.run.facts[name]

else := default_value

# stated is true when the fact came from a policy sentence.
stated(f) if f.file

# source names the policy sentence a fact came from, or the default.
source(f) := sprintf("%s:%d", [f.file, f.line]) if stated(f)

else := "the default"

fuente(f) := sprintf("%s:%d", [f.file, f.line]) if stated(f)

else := "el valor por defecto"

# working_day_after returns the first Monday-to-Friday day after a typed
# date, as an ISO date. Public holidays are not known.
working_day_after(value) := next if {
	start := time.parse_ns("2006-01-02", day(value))
	candidates := [d |
		some i in numbers.range(1, 4)
		d := time.add_date(start, 0, 0, i)
		not time.weekday(d) in {"Saturday", "Sunday"}
	]
	next := substring(time.format([candidates[0], "UTC", "2006-01-02"]), 0, 10)
}

# period is the configured audit period, else the span of the given sorted
# dates.
period(sorted_dates) := {"start": p.start, "end": p.end} if {
	p := data.soc2lint.run.scope.period
	p.start != ""
	p.end != ""
} else := {"start": sorted_dates[0], "end": sorted_dates[count(sorted_dates) - 1]} if {
	count(sorted_dates) > 0
}

# months_per_bucket is the calendar bucket of a frequency in days: 1 for
# monthly, 3 quarterly, 6 semi-annual, 12 annual, or 0 for another interval,
# which is bucketed in windows of that many days from the period start.
months_per_bucket(days) := 1 if {
	days >= 28
	days <= 31
} else := 3 if {
	days >= 89
	days <= 92
} else := 6 if {
	days >= 180
	days <= 184
} else := 12 if {
	days >= 360
	days <= 366
} else := 0

month_index(date) := ((parts[0] * 12) + parts[1]) - 1 if {
	parts := time.date(time.parse_ns("2006-01-02", day(date)))
}

# bucket_of returns the bucket number of a date.
bucket_of(date, days, start) := floor(month_index(date) / months_per_bucket(days)) if months_per_bucket(days) > 0

else := floor(((time.parse_ns("2006-01-02", day(date)) - time.parse_ns("2006-01-02", start)) / day_ns) / days)

first_of_month(date) if endswith(day(date), "-01")

last_of_month(date) if {
	next := time.add_date(time.parse_ns("2006-01-02", day(date)), 0, 0, 1)
	time.date(next)[2] == 1
}

# expected_buckets are the buckets that lie wholly inside the period, so a
# period that starts or ends mid-quarter does not demand a review in that
# partial quarter.
expected_buckets(p, days) := calendar_buckets(p, months_per_bucket(days)) if months_per_bucket(days) > 0

else := window_buckets(p, days)

calendar_buckets(p, unit) := {k |
	some k in numbers.range(floor(month_index(p.start) / unit), floor(month_index(p.end) / unit))
	starts_inside(p, k, unit)
	ends_inside(p, k, unit)
}

window_buckets(p, days) := {k |
	span := round((time.parse_ns("2006-01-02", p.end) - time.parse_ns("2006-01-02", p.start)) / day_ns) + 1
	span >= days
	some k in numbers.range(0, floor(span / days) - 1)
}

starts_inside(p, k, unit) if month_index(p.start) < k * unit

starts_inside(p, k, unit) if {
	month_index(p.start) == k * unit
	first_of_month(p.start)
}

ends_inside(p, k, unit) if month_index(p.end) > ((k + 1) * unit) - 1

ends_inside(p, k, unit) if {
	month_index(p.end) == ((k + 1) * unit) - 1
	last_of_month(p.end)
}

# bucket_label names a bucket: "2026-Q2", "2026-05", "2026-H1", "2026", or
# the window's first day for other intervals.
bucket_label(k, days, start) := sprintf("%d-%02d", [floor(k / 12), (k % 12) + 1]) if months_per_bucket(days) == 1

else := sprintf("%d-Q%d", [floor(k / 4), (k % 4) + 1]) if months_per_bucket(days) == 3

else := sprintf("%d-H%d", [floor(k / 2), (k % 2) + 1]) if months_per_bucket(days) == 6

else := sprintf("%d", [k]) if months_per_bucket(days) == 12

else := sprintf("the %d days from %s", [days, substring(time.format([time.add_date(time.parse_ns("2006-01-02", start), 0, 0, k * days), "UTC", "2006-01-02"]), 0, 10)]) if true

# missing_buckets are the expected buckets of the period with no date.
missing_buckets(dates, days) := missing if {
	p := period(dates)
	covered := {bucket_of(d, days, p.start) | some d in dates; d >= p.start; d <= p.end}
	missing := expected_buckets(p, days) - covered
}

# frequency_word names an interval in days for messages.
frequency_word(days) := "monthly" if months_per_bucket(days) == 1

else := "quarterly" if months_per_bucket(days) == 3

else := "semi-annual" if months_per_bucket(days) == 6

else := "annual" if months_per_bucket(days) == 12

else := sprintf("every %d days", [days])

frecuencia(days) := "mensual" if months_per_bucket(days) == 1

else := "trimestral" if months_per_bucket(days) == 3

else := "semestral" if months_per_bucket(days) == 6

else := "anual" if months_per_bucket(days) == 12

else := sprintf("cada %d días", [days])

# campaigns groups sorted dates into runs no more than 14 days apart, the
# usual length of one review campaign, and returns each run's first date.
campaigns(dates) := [dates[i] |
	some i in numbers.range(0, count(dates) - 1)
	campaign_start(dates, i)
]

campaign_start(_, 0)

campaign_start(dates, i) if {
	i > 0
	round((time.parse_ns("2006-01-02", dates[i]) - time.parse_ns("2006-01-02", dates[i - 1])) / day_ns) > 14
}

# median returns the median of a non-empty list of numbers.
median(values) := sorted[floor(count(sorted) / 2)] if {
	count(values) > 0
	sorted := sort(values)
}

# median_of_histogram returns the median value of [value, count] pairs.
median_of_histogram(pairs) := value if {
	total := sum([n | some pair in pairs; n := pair[1]])
	total > 0
	half := floor(total / 2)
	cumulative := [c | some i in numbers.range(0, count(pairs) - 1); c := sum([n | some j in numbers.range(0, i); n := pairs[j][1]])]
	index := min([i | some i in numbers.range(0, count(pairs) - 1); cumulative[i] > half])
	value := pairs[index][0]
}

# donde is where in Spanish: "línea 14" or "Cambios!A14".
donde(record) := sprintf("%s!%s", [record.sheet, record.cell]) if record.cell

else := sprintf("línea %d", [record.line])
