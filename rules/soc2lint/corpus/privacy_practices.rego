# METADATA
# title: Privacy practices documented across the policy set
# description: >
#   When Privacy is in scope, some governing document must state each
#   internal privacy practice that auditors test: records of disclosures
#   (P6.2), recording of unauthorized disclosures (P6.3), contracts that bind
#   third parties receiving personal information (P6.4), third parties
#   reporting breaches to the entity (P6.5), notice to affected individuals
#   of breaches (P6.6), an account of disclosures for individuals who ask
#   (P6.7) and keeping personal information accurate (P7.1).
# custom:
#   id: corpus-privacy-practices
#   title_es: Prácticas de privacidad documentadas en el conjunto de políticas
#   criteria: [P6.2, P6.3, P6.4, P6.5, P6.6, P6.7, P7.1]
#   severity: warning
#   remediation:
#     en: >
#       Add the missing practice to the privacy policy, or to the incident
#       response or vendor policy where it belongs, as a requirement on
#       personal information.
#     es: >
#       Añada la práctica que falta a la política de privacidad, o a la de
#       respuesta a incidentes o de proveedores si corresponde, como un
#       requisito sobre los datos personales.
#   mappings:
#     iso27001: [A.5.34, A.5.20, A.5.26]
#     nist_csf: [GV.OC-03, GV.SC-05, RS.CO-02]
#     gdpr: [Art. 5, Art. 15, Art. 28, Art. 30, Art. 33, Art. 34]
package soc2lint.corpus.privacy_practices

import data.soc2lint.lib.corpus
import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

# practices maps each practice to its criterion and to its description in
# each language; met holds the practices some statement states.
practices := {
	"disclosure_records": {"criterion": "P6.2", "en": "a record of the disclosures of personal information", "es": "un registro de las comunicaciones de datos personales"},
	"unauthorized_recorded": {"criterion": "P6.3", "en": "recording of unauthorized disclosures of personal information", "es": "el registro de las comunicaciones no autorizadas de datos personales"},
	"third_party_contracts": {"criterion": "P6.4", "en": "contracts binding third parties that receive personal information", "es": "contratos que obliguen a los terceros que reciben datos personales"},
	"third_party_breach_notice": {"criterion": "P6.5", "en": "third parties reporting breaches of personal information to the company", "es": "que los terceros comuniquen a la empresa las brechas de datos personales"},
	"individual_breach_notice": {"criterion": "P6.6", "en": "notice of breaches to affected individuals", "es": "la notificación de brechas a las personas afectadas"},
	"disclosure_accounting": {"criterion": "P6.7", "en": "an account of disclosures or recipients for individuals who ask", "es": "una relación de comunicaciones o destinatarios para quien la solicite"},
	"data_quality": {"criterion": "P7.1", "en": "keeping personal information accurate and up to date", "es": "mantener los datos personales exactos y actualizados"},
}

# concerns_personal is true when statement s of document d is about personal
# information: it names it, it sits under a privacy heading, or d is a
# privacy document.
concerns_personal(_, s) if vocab.mentions(s.norm, "personal_data")

concerns_personal(_, s) if {
	some heading in s.section_path
	regex.match(`personal|privacy|privacidad|datos personales|proteccion de datos`, heading)
}

concerns_personal(d, _) if "privacy" in topics.of(d)

statements := [[d, s] |
	some d in corpus.governing_documents
	some s in d.statements
	doc.body(s)
]

# A log of unauthorized disclosures is P6.3 evidence, not a record of the
# disclosures the company makes.
met contains "disclosure_records" if {
	some [d, s] in statements
	vocab.mentions(s.norm, "disclosure_record")
	not vocab.mentions(s.norm, "unauthorized_disclosure")
	concerns_personal(d, s)
}

met contains "unauthorized_recorded" if {
	some [d, s] in statements
	vocab.mentions(s.norm, "unauthorized_disclosure")
	vocab.mentions(s.norm, "record_verb")
	concerns_personal(d, s)
}

met contains "third_party_contracts" if {
	some [_, s] in statements
	vocab.mentions(s.norm, "vendor")
	vocab.mentions(s.norm, "third_party_agreement")
}

# Vendor contract clauses are often list items under a vendor heading or in a
# vendor policy ("a duty to report security incidents within 72 hours"), so
# the third party may be named by the context rather than by the statement.
met contains "third_party_breach_notice" if {
	some [d, s] in statements
	third_party_context(d, s)
	regex.match(`\breport|notif|inform|comunica|avis`, s.norm)
	vocab.mentions(s.norm, "breach_word")
}

third_party_context(_, s) if vocab.mentions(s.norm, "vendor")

third_party_context(_, s) if {
	some heading in s.section_path
	vocab.mentions(heading, "vendor")
}

third_party_context(d, _) if "vendor_management" in topics.of(d)

met contains "individual_breach_notice" if {
	some [d, s] in statements
	vocab.mentions(s.norm, "notify")
	vocab.mentions(s.norm, "breach_word")
	vocab.mentions(s.norm, "affected_individual")
	concerns_personal(d, s)
}

met contains "disclosure_accounting" if {
	some [_, s] in statements
	vocab.mentions(s.norm, "disclosure_accounting")
}

met contains "data_quality" if {
	some [d, s] in statements
	vocab.mentions(s.norm, "data_quality")
	concerns_personal(d, s)
}

deny contains violation if {
	some name, practice in practices
	not name in met

	violation := object.union(
		result.fail_corpus(
			sprintf("No document requires %s.", [practice.en]),
			sprintf("Ningún documento exige %s.", [practice.es]),
		),
		{"criteria": [practice.criterion]},
	)
}
