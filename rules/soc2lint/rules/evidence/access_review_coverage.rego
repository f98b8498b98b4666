# METADATA
# title: Access reviews in every interval of the period
# description: >
#   An access review export must show a review in every quarter of the
#   period, or in every interval of the frequency the access policy states.
#   Auditors test CC6.3 by picking reviews across the period; an interval
#   without one is an exception. Without a configured scope.period, the
#   period is the span of the export's own review dates.
# custom:
#   id: evidence-access-review-coverage
#   title_es: Revisiones de accesos en cada intervalo del periodo
#   criteria: [CC6.3]
#   severity: error
#   remediation:
#     en: Run the missing access review, or export the reviews of that interval if they happened; if the policy allows another frequency, state it in the access control policy.
#     es: Realice la revisión de accesos que falta, o exporte las revisiones de ese intervalo si se hicieron; si la política permite otra frecuencia, indíquela en la política de control de accesos.
#   mappings:
#     iso27001: [A.5.18]
#     nist_csf: [PR.AA-05]
package soc2lint.rules.evidence.access_review_coverage

import data.soc2lint.lib.evidence as ev

frequency := ev.fact("access_review", {"days": 91})

deny contains violation if {
	ev.of_type("access_review")
	dates := ev.summary.dates.review_date
	some k in ev.missing_buckets(dates, frequency.days)
	label := ev.bucket_label(k, frequency.days, ev.period(dates).start)

	violation := ev.set_fail(
		sprintf("No access review in %s: the export has reviews on %d days between %s and %s, but none in that interval (%s frequency from %s).", [label, count(dates), dates[0], dates[count(dates) - 1], ev.frequency_word(frequency.days), ev.source(frequency)]),
		sprintf("No hay revisión de accesos en %s: la exportación tiene revisiones en %d días entre %s y %s, pero ninguna en ese intervalo (frecuencia %s según %s).", [label, count(dates), dates[0], dates[count(dates) - 1], ev.frecuencia(frequency.days), ev.fuente(frequency)]),
	)
}
