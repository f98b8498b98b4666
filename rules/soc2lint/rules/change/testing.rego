# METADATA
# title: Changes tested before production
# description: >
#   Changes must be tested before they reach production. Auditors look for a
#   testing requirement and evidence of it for each sampled change under
#   CC8.1.
# custom:
#   id: change-testing
#   title_es: Cambios probados antes de producción
#   criteria: [CC8.1]
#   severity: error
#   remediation:
#     en: State that changes are tested (automated tests, QA or staging) and that test results are recorded before deployment to production.
#     es: Indique que los cambios se prueban (pruebas automáticas, QA o preproducción) y que los resultados se registran antes de desplegar en producción.
#   mappings:
#     iso27001: [A.8.29, A.8.32]
#     nist_csf: [PR.PS-06]
package soc2lint.rules.change.testing

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics

deny contains violation if {
	doc.covers_topic(input)
	topics.about("change_management")
	count(doc.about(input, "testing")) == 0

	violation := result.fail_file(
		"The change management policy does not require testing before production.",
		"La política de gestión de cambios no exige pruebas antes de producción.",
	)
}
