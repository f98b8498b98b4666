# METADATA
# title: Secure disposal of devices and media
# description: >
#   An asset or media policy must require that devices and storage media are
#   wiped, sanitized or destroyed before disposal or reuse, so that no data
#   leaves with them. Auditors test CC6.5 against disposal records and
#   certificates of destruction.
# custom:
#   id: assets-disposal
#   title_es: Eliminación segura de equipos y soportes
#   criteria: [CC6.5]
#   severity: error
#   remediation:
#     en: Require devices and media to be sanitized (for example to NIST SP 800-88) or physically destroyed before disposal or reuse, with a record or certificate for each item.
#     es: Exija que equipos y soportes se borren de forma segura (por ejemplo según NIST SP 800-88) o se destruyan antes de desecharlos o reutilizarlos, con un registro o certificado de cada uno.
#   mappings:
#     iso27001: [A.7.14, A.7.10]
#     nist_csf: [PR.PS-03]
package soc2lint.rules.assets.disposal

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics

stated if count(doc.about(input, "asset_disposal")) > 0

deny contains violation if {
	doc.covers_topic(input)
	topics.about("asset_management")
	count([s | some s in input.statements; doc.body(s)]) >= 3
	not stated

	violation := result.fail_file(
		"The asset management policy does not require devices and media to be wiped or destroyed before disposal.",
		"La política de gestión de activos no exige borrar o destruir equipos y soportes antes de desecharlos.",
	)
}
