# METADATA
# title: Classification and retention documented
# description: >
#   When Confidentiality is in scope, some document must define
#   classification levels and some must give retention periods together
#   with disposal. A policy that defers retention to a standard that is not
#   in the repository does not count.
# custom:
#   id: corpus-confidentiality-policies
#   title_es: Clasificación y conservación documentadas
#   criteria: [C1.1, C1.2]
#   severity: error
#   remediation:
#     en: Add a data classification policy and a data retention and disposal policy with retention periods per record category.
#     es: Añada una política de clasificación de datos y una política de conservación y eliminación con plazos por categoría de registros.
#   mappings:
#     iso27001: [A.5.12, A.5.33, A.8.10]
#     nist_csf: [ID.AM-07, PR.DS-01]
package soc2lint.corpus.confidentiality_policies

import data.soc2lint.lib.corpus
import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.vocab

classified if corpus.has_topic("data_classification")

# Retention is covered when one document states a concrete retention period
# and a disposal method.
retention_covered if {
	some d in corpus.governing_documents
	some s in doc.about(d, "retention")
	vocab.mentions(s.norm, "retention_period")
	count(doc.about(d, "disposal")) > 0
}

deny contains violation if {
	not classified

	violation := object.union(
		result.fail_corpus("No document defines a data classification scheme.", "Ningún documento define un esquema de clasificación de datos."),
		{"criteria": ["C1.1"]},
	)
}

deny contains violation if {
	not retention_covered

	violation := object.union(
		result.fail_corpus(
			"No document states retention periods together with how data is disposed of.",
			"Ningún documento indica plazos de conservación junto con el modo de eliminar los datos.",
		),
		{"criteria": ["C1.2"]},
	)
}
