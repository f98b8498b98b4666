# METADATA
# title: Vendors' independent assurance reviewed
# description: >
#   Before relying on a vendor, and periodically after, the company must
#   review independent assurance such as a SOC 2 report or ISO 27001
#   certificate. Auditors test CC9.2 by asking for these reviews for key
#   vendors; a questionnaire alone is self-attestation.
# custom:
#   id: vendor-assurance
#   title_es: Revisión de garantías independientes de proveedores
#   criteria: [CC9.2]
#   severity: error
#   remediation:
#     en: Require obtaining and reviewing each critical vendor's SOC 2 Type II report, ISO 27001 certificate or equivalent, including complementary user entity controls.
#     es: Exija obtener y revisar el informe SOC 2 Tipo II, el certificado ISO 27001 o equivalente de cada proveedor crítico, incluidos los controles complementarios.
#   mappings:
#     iso27001: [A.5.19, A.5.22]
#     nist_csf: [GV.SC-07]
#     gdpr: [Art. 28]
package soc2lint.rules.vendor.assurance

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics

deny contains violation if {
	doc.covers_topic(input)
	topics.about("vendor_management")
	count(doc.about(input, "independent_assurance")) == 0

	violation := result.fail_file(
		"The vendor policy does not require reviewing vendors' SOC reports, certifications or other independent assurance.",
		"La política de proveedores no exige revisar informes SOC, certificaciones u otras garantías independientes de los proveedores.",
	)
}
