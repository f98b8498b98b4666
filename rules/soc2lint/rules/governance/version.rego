# METADATA
# title: Document version present
# description: >
#   A governed document should carry a version so that an auditor can tell
#   which revision was in force during the period and match it to the
#   approval record.
# custom:
#   id: governance-version
#   title_es: Versión del documento presente
#   criteria: [CC5.3]
#   severity: warning
#   remediation:
#     en: Add a `version` field (for example "2.1") and raise it on every approved change.
#     es: Añada un campo `version` (por ejemplo "2.1") y auméntelo en cada cambio aprobado.
#   mappings:
#     iso27001: [A.5.1]
#     nist_csf: [GV.PO-02]
package soc2lint.rules.governance.version

import data.soc2lint.lib.doc
import data.soc2lint.lib.result

# Documents without any metadata are reported once by governance-metadata.
deny contains violation if {
	doc.governing(input)
	input.metadata.source != ""
	trim_space(input.metadata.version) == ""

	violation := result.fail(
		"The document states no version: add a `version` field.",
		"El documento no indica versión: añada un campo `version`.",
		input.metadata,
	)
}
