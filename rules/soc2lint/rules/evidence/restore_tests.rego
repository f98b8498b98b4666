# METADATA
# title: Restore tests at the stated frequency
# description: >
#   A backup restore log must show a restore test that did not fail in
#   every interval of the period: the frequency the continuity policy states,
#   or once a year by default. Without a configured scope.period, the period
#   is the span of the export's own test dates.
# custom:
#   id: evidence-restore-tests
#   title_es: Pruebas de restauración con la frecuencia definida
#   criteria: [A1.3]
#   severity: error
#   remediation:
#     en: Run and record a restore test for the missing interval, and repeat failed tests until one succeeds.
#     es: Realice y registre una prueba de restauración para el intervalo que falta, y repita las pruebas fallidas hasta que una salga bien.
#   mappings:
#     iso27001: [A.8.13, A.5.30]
#     nist_csf: [RC.RP-03]
package soc2lint.rules.evidence.restore_tests

import data.soc2lint.lib.evidence as ev

frequency := ev.fact("restore_test", {"days": 365})

deny contains violation if {
	ev.of_type("backup_restore")
	all_dates := ev.summary.dates.test_date
	passed := ev.summary.passed
	p := ev.period(all_dates)
	covered := {ev.bucket_of(d, frequency.days, p.start) | some d in passed; d >= p.start; d <= p.end}
	some k in ev.expected_buckets(p, frequency.days) - covered
	label := ev.bucket_label(k, frequency.days, p.start)

	violation := ev.set_fail(
		sprintf("No successful restore test in %s (%s frequency from %s); the export has %d successful tests between %s and %s.", [label, ev.frequency_word(frequency.days), ev.source(frequency), count(passed), p.start, p.end]),
		sprintf("No hay prueba de restauración correcta en %s (frecuencia %s según %s); la exportación tiene %d pruebas correctas entre %s y %s.", [label, ev.frecuencia(frequency.days), ev.fuente(frequency), count(passed), p.start, p.end]),
	)
}
