# METADATA
# title: Handling rules for confidential information
# description: >
#   A classification policy must say how information at each level is
#   handled (labelled, stored, encrypted, shared, printed), so that staff
#   know how to protect confidential information once it is identified.
#   Auditors test C1.1 by comparing these rules with how confidential data
#   is actually kept.
# custom:
#   id: confidentiality-handling
#   title_es: Reglas de tratamiento de la información confidencial
#   criteria: [C1.1]
#   severity: error
#   remediation:
#     en: Add handling requirements for each classification level, covering labelling, storage, encryption, sharing outside the company and access.
#     es: Añada requisitos de tratamiento para cada nivel de clasificación, sobre etiquetado, almacenamiento, cifrado, comunicación fuera de la empresa y acceso.
#   mappings:
#     iso27001: [A.5.10, A.5.13, A.5.14]
#     nist_csf: [PR.DS-01, PR.DS-02]
package soc2lint.rules.confidentiality.handling

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics

deny contains violation if {
	doc.covers_topic(input)
	topics.about("data_classification")
	count([s | some s in input.statements; doc.body(s)]) >= 3
	count(doc.about(input, "handling_rule")) == 0

	violation := result.fail_file(
		"The classification policy does not say how information at each level must be handled.",
		"La política de clasificación no indica cómo debe tratarse la información de cada nivel.",
	)
}
