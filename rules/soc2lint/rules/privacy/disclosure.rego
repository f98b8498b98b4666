# METADATA
# title: Disclosure of personal information to third parties
# description: >
#   A privacy notice or policy must say whether personal information is
#   disclosed to third parties, to whom and for what purposes, and that
#   disclosures follow the stated purposes or the individual's consent.
#   Auditors test P6.1 by comparing actual disclosures with this statement.
# custom:
#   id: privacy-disclosure
#   title_es: Comunicación de datos personales a terceros
#   criteria: [P6.1]
#   severity: error
#   remediation:
#     en: Say which third parties (service providers, partners, authorities) receive personal information, for which purposes, and that other disclosures need the individual's consent; if nothing is disclosed, say so.
#     es: Indique qué terceros (proveedores, socios, autoridades) reciben datos personales, con qué finalidad, y que otras comunicaciones requieren el consentimiento de la persona; si no se comunican datos, dígalo.
#   mappings:
#     iso27001: [A.5.34, A.5.14]
#     nist_csf: [GV.OC-03]
#     gdpr: [Art. 13, Art. 28]
package soc2lint.rules.privacy.disclosure

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

stated if {
	some s in input.statements
	vocab.mentions(s.norm, "notice_sharing")
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("privacy")
	count([s | some s in input.statements; doc.body(s)]) >= 3
	not stated

	violation := result.fail_file(
		"The privacy document does not say whether or to whom personal information is disclosed.",
		"El documento de privacidad no indica si se comunican datos personales ni a quién.",
	)
}
