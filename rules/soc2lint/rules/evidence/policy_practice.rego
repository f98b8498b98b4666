# METADATA
# title: Evidence shows the practice the policy states
# description: >
#   Compares what a policy states with what the evidence shows as a
#   practice, beyond single failing rows: access review campaigns that are
#   typically further apart than the stated review frequency, and leavers
#   whose median time to deactivation is longer than the stated window. The
#   finding names the policy sentence and the evidence file, because either
#   the practice or the policy must change.
# custom:
#   id: evidence-policy-practice
#   title_es: La evidencia muestra la práctica que indica la política
#   criteria: [CC6.2, CC6.3]
#   severity: warning
#   remediation:
#     en: Align the practice with the policy, or change the policy to state what the organization actually does and can sustain.
#     es: Alinee la práctica con la política, o cambie la política para que indique lo que la organización realmente hace y puede sostener.
#   mappings:
#     iso27001: [A.5.18, A.5.36]
#     nist_csf: [PR.AA-05, GV.PO-01]
package soc2lint.rules.evidence.policy_practice

import data.soc2lint.lib.evidence as ev

# Review campaigns more than half again as far apart as stated are a
# different practice, not a late review.
tolerance := 1.5

deny contains violation if {
	ev.of_type("access_review")
	f := data.soc2lint.run.facts.access_review
	starts := ev.campaigns(ev.summary.dates.review_date)
	count(starts) >= 2
	gaps := [ev.days_between(starts[i - 1], starts[i]) | some i in numbers.range(1, count(starts) - 1)]
	typical := ev.median(gaps)
	typical > f.days * tolerance

	violation := object.union(ev.set_fail(
		sprintf("%s states access reviews %s (%q), but the %d review campaigns in %s are typically %d days apart.", [ev.source(f), ev.frequency_word(f.days), f.phrase, count(starts), input.file, typical]),
		sprintf("%s indica revisiones de accesos con frecuencia %s (%q), pero las %d campañas de revisión de %s están normalmente a %d días de distancia.", [ev.fuente(f), ev.frecuencia(f.days), f.phrase, count(starts), input.file, typical]),
	), {"criteria": ["CC6.3"]})
}

deny contains violation if {
	ev.of_type("termination")
	f := data.soc2lint.run.facts.deprovisioning
	typical := ev.median_of_histogram(ev.summary.delays)
	typical > allowed_days(f)

	violation := object.union(ev.set_fail(
		sprintf("%s states leavers' access is removed within %q, but the median leaver in %s was deactivated %d days after the last day.", [ev.source(f), f.phrase, input.file, typical]),
		sprintf("%s indica que los accesos de las bajas se retiran en %q, pero la baja mediana de %s se desactivó %d días después del último día.", [ev.fuente(f), f.phrase, input.file, typical]),
	), {"criteria": ["CC6.2"]})
}

# allowed_days is the stated window in whole calendar days; a next working
# day window spans a weekend, so it allows three.
allowed_days(f) := 3 if f.next_working_day

else := ceil(f.hours / 24)
