# METADATA
# title: Privacy notice content
# description: >
#   A privacy notice must tell individuals what personal information is
#   collected, for what purposes, with whom it is shared, what choices they
#   have, how long it is kept and whom to contact. An internal privacy policy
#   must require that such a notice is given. Auditors test P1.1 by reading
#   the notice against these elements.
# custom:
#   id: privacy-notice-content
#   title_es: Contenido del aviso de privacidad
#   criteria: [P1.1]
#   severity: error
#   remediation:
#     en: >
#       Give the notice one section for each element: information collected,
#       purposes of use, sharing and recipients, individuals' choices,
#       retention, and a privacy contact. In an internal privacy policy,
#       require that a notice with these elements is published.
#     es: >
#       Dedique en el aviso una sección a cada elemento: datos recogidos,
#       finalidades, comunicaciones y destinatarios, opciones de las personas,
#       plazo de conservación y un contacto de privacidad. En una política de
#       privacidad interna, exija que se publique un aviso con estos elementos.
#   mappings:
#     iso27001: [A.5.34]
#     nist_csf: [GV.OC-03]
#     gdpr: [Art. 12, Art. 13, Art. 14]
package soc2lint.rules.privacy.notice_content

import data.soc2lint.lib.doc
import data.soc2lint.lib.result
import data.soc2lint.lib.topics
import data.soc2lint.lib.vocab

# elements maps each required notice element to the vocabulary concept that
# shows it and to its name in each language.
elements := {
	"collection": {"concept": "notice_collection", "en": "information collected", "es": "datos recogidos"},
	"purpose": {"concept": "notice_purpose", "en": "purposes of use", "es": "finalidades"},
	"sharing": {"concept": "notice_sharing", "en": "sharing and recipients", "es": "comunicaciones y destinatarios"},
	"choices": {"concept": "privacy_choice", "en": "choices and consent", "es": "opciones y consentimiento"},
	"retention": {"concept": "notice_retention", "en": "retention", "es": "plazo de conservación"},
	"contact": {"concept": "privacy_contact", "en": "privacy contact", "es": "contacto de privacidad"},
}

# Notices state their elements in headings as often as in sentences ("How We
# Share Information"), so every statement counts, headings included.
present contains name if {
	some name, element in elements
	some s in input.statements
	vocab.mentions(s.norm, element.concept)
}

missing := [name | some name in ["collection", "purpose", "sharing", "choices", "retention", "contact"]; not name in present]

notice if "privacy_notice" in topics.of(input)

substantive if count([s | some s in input.statements; doc.body(s)]) >= 3

# A privacy policy requires a notice when it says one is given, published or
# made available, or that individuals are informed.
notice_required if {
	some s in doc.about(input, "personal_data")
	regex.match(`\bnotices?\b|privacy (policy|statement)|\binform\w* (data subjects|individuals|customers|users|people)|\baviso\b|informa\w* a (los )?(interesados|titulares|usuarios|clientes)`, s.norm)
}

notice_required if {
	some s in input.statements
	doc.body(s)
	regex.match(`privacy (notice|statement)|\bnotices? (is|are|must be|shall be) (given|provided|published|made available)|aviso de privacidad`, s.norm)
}

deny contains violation if {
	doc.covers_topic(input)
	notice
	count(missing) > 0

	en := [elements[name].en | some name in missing]
	es := [elements[name].es | some name in missing]
	violation := result.fail_file(
		sprintf("The privacy notice does not cover: %s.", [concat(", ", en)]),
		sprintf("El aviso de privacidad no trata: %s.", [concat(", ", es)]),
	)
}

deny contains violation if {
	doc.covers_topic(input)
	topics.about("privacy")
	not notice
	substantive
	not notice_required

	violation := result.fail_file(
		"The privacy policy does not require a privacy notice to be given to individuals.",
		"La política de privacidad no exige que se facilite un aviso de privacidad a las personas.",
	)
}
