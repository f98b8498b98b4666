# METADATA
# title: Restore and disaster recovery testing
# description: >
#   Backups and recovery plans must be tested: restore tests of backups and
#   a disaster recovery exercise at a stated interval. Auditors test A1.3 by
#   asking for the results of these tests; a plan that is only updated after
#   changes has never been shown to work.
# custom:
#   id: continuity-recovery-testing
#   title_es: Pruebas de restauración y de recuperación ante desastres
#   criteria: [A1.3]
#   severity: error
#   remediation:
#     en: Require restore tests of backups and a disaster recovery exercise (failover or tabletop) at least annually, with results and follow-up actions recorded.
#     es: Exija pruebas de restauración de copias y un ejercicio de recuperación ante desastres (conmutación o simulacro) al menos una vez al año, registrando resultados y acciones.
#   mappings:
#     iso27001: [A.5.30, A.8.13, A.8.14]
#     nist_csf: [RC.RP-01, ID.IM-04]
package soc2lint.rules.continuity.recovery_testing

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

# A recovery test is a statement that pairs a test or exercise with restore,
# recovery, failover or continuity; a load test does not count.
recovery_tests := [s |
	some s in doc.about(input, "test_exercise")
	vocab.mentions(s.norm, "recovery")
]

deny contains violation if {
	doc.covers_topic(input)
	topics.about("business_continuity")
	count(recovery_tests) == 0

	violation := result.fail_file(
		"The continuity policy does not require restore tests or disaster recovery exercises.",
		"La política de continuidad no exige pruebas de restauración ni ejercicios de recuperación ante desastres.",
	)
}
