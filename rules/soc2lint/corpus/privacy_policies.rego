# METADATA
# title: Privacy notice, retention schedule and disposal documented
# description: >
#   When Privacy is in scope, the repository must hold a privacy notice, a
#   retention schedule that covers personal information with concrete
#   periods, and a secure disposal requirement for personal information.
# custom:
#   id: corpus-privacy-policies
#   title_es: Aviso de privacidad, calendario de conservación y eliminación documentados
#   criteria: [P1.1, P4.2, P4.3]
#   severity: error
#   remediation:
#     en: Add a privacy notice, and a retention schedule and disposal procedure that name personal information explicitly.
#     es: Añada un aviso de privacidad y un calendario de conservación y un procedimiento de eliminación que mencionen expresamente los datos personales.
#   mappings:
#     iso27001: [A.5.34, A.5.33, A.8.10]
#     nist_csf: [GV.OC-03, PR.DS-01]
#     gdpr: [Art. 5, Art. 13, Art. 17]
package soc2lint.corpus.privacy_policies

import data.soc2lint.lib.corpus
import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

noticed if corpus.has_topic("privacy")

# concerns_personal is true when statement s of document d is about personal
# information: it names it, it sits under a heading that does, or d is a
# privacy document. Archiving old policy versions for seven years says
# nothing about personal data, even in a policy that mentions it elsewhere.
concerns_personal(_, s) if vocab.mentions(s.norm, "personal_data")

concerns_personal(_, s) if {
	some heading in s.section_path
	regex.match(`personal|privacy|privacidad|datos personales`, heading)
}

concerns_personal(d, _) if "privacy" in topics.of(d)

scheduled if {
	some d in corpus.governing_documents
	some s in doc.about(d, "retention")
	vocab.mentions(s.norm, "retention_period")
	concerns_personal(d, s)
}

disposed if {
	some d in corpus.governing_documents
	some s in doc.about(d, "disposal")
	concerns_personal(d, s)
}

deny contains violation if {
	not noticed

	violation := object.union(
		result.fail_corpus("No privacy notice or privacy policy found.", "No se encontró aviso ni política de privacidad."),
		{"criteria": ["P1.1"]},
	)
}

deny contains violation if {
	not scheduled

	violation := object.union(
		result.fail_corpus(
			"No document gives concrete retention periods for personal information.",
			"Ningún documento indica plazos concretos de conservación de los datos personales.",
		),
		{"criteria": ["P4.2"]},
	)
}

deny contains violation if {
	not disposed

	violation := object.union(
		result.fail_corpus(
			"No document requires secure disposal of personal information.",
			"Ningún documento exige la eliminación segura de los datos personales.",
		),
		{"criteria": ["P4.3"]},
	)
}
