# METADATA
# title: Backup and recovery testing documented
# description: >
#   When Availability is in scope, some document must define backups and
#   some must require restore or disaster recovery tests. A business
#   continuity plan kept only as a PDF counts like any other document.
# custom:
#   id: corpus-availability-policies
#   title_es: Copias de seguridad y pruebas de recuperación documentadas
#   criteria: [A1.2, A1.3]
#   severity: error
#   remediation:
#     en: Add a business continuity and disaster recovery policy that defines backups and requires restore and recovery tests.
#     es: Añada una política de continuidad y recuperación ante desastres que defina las copias de seguridad y exija pruebas de restauración y recuperación.
#   mappings:
#     iso27001: [A.8.13, A.5.30]
#     nist_csf: [PR.DS-11, RC.RP-01]
package soc2lint.corpus.availability_policies

import data.soc2lint.lib.corpus
import data.soc2lint.lib.result
import data.soc2lint.lib.vocab

backups_defined if corpus.substantive("backup", 2)

recovery_tested if {
	some s in corpus.statements("test_exercise")
	vocab.mentions(s.norm, "recovery")
}

deny contains violation if {
	not backups_defined

	violation := object.union(
		result.fail_corpus("No document defines backups.", "Ningún documento define las copias de seguridad."),
		{"criteria": ["A1.2"]},
	)
}

deny contains violation if {
	not recovery_tested

	violation := object.union(
		result.fail_corpus(
			"No document requires restore tests or disaster recovery exercises.",
			"Ningún documento exige pruebas de restauración ni ejercicios de recuperación ante desastres.",
		),
		{"criteria": ["A1.3"]},
	)
}
