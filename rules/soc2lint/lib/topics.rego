# METADATA
# title: Document topics
# description: >
#   What a document is about, from its title, its file name and its top-level
#   headings, in English and Spanish. Document rules use these topics to
#   decide which content checks apply, so that an access-control check does
#   not run on a privacy notice.
package soc2lint.lib.topics

import data.soc2lint.lib.text
import data.soc2lint.lib.vocab

# subject is the folded title, file name and level-1 headings of the input
# document.
subject(doc) := concat(" | ", array.concat(
	[text.fold(doc.title), text.file_words(doc.file)],
	[s.norm | some s in doc.statements; s.source == "heading"; top_heading(doc, s)],
))

top_heading(doc, statement) if {
	statement.section >= 0
	doc.sections[statement.section].level == 1
}

# of returns the set of topics of doc.
of(doc) := {topic |
	some topic, list in patterns
	some pattern in list
	regex.match(pattern, subject(doc))
	not excluded(doc, topic)
}

# Third-party risk documents talk about risk but are not the entity-wide
# risk assessment.
excluded(doc, "risk_assessment") if {
	some pattern in patterns.vendor_management
	regex.match(pattern, subject(doc))
}

# A facility or badge access document ("Facility Access Management
# Procedure") is about physical access (CC6.4), which the physical-access
# rule checks, not about access to systems.
# Only the title is read, because a general access-control policy may have
# a top-level "Physical Access" part.
excluded(doc, "access_control") if {
	title := text.fold(doc.title)
	vocab.mentions(title, "physical_site")
	not vocab.mentions(title, "logical_access")
	not regex.match(`\b(logical|systems?|identity|user|iam|logic[oa]s?|sistemas|usuarios)\b`, title)
}

# A data processing agreement is a contract with a processor, not a privacy
# notice or policy, so privacy content checks do not apply to it.
excluded(doc, "privacy") if {
	regex.match(`data processing (agreement|addendum)|data protection addendum|\bdpa\b|contrato de encargo|acuerdo de encargo`, subject(doc))
}

# "Data protection" also names data security policies (encryption,
# classification). Such a document is about privacy only when its text
# mentions personal information or privacy.
excluded(doc, "privacy") if {
	not regex.match(`privacy|personal (data|information)|\bgdpr\b|privacidad|datos personales`, subject(doc))
	not mentions_personal(doc)
}

mentions_personal(doc) if {
	some s in doc.statements
	regex.match(`privacy|personal (data|information)|personally identifiable|data subjects?|\bpii\b|privacidad|datos personales|interesados`, s.norm)
}

# about is true when the input document has topic.
about(topic) if topic in of(input)

patterns := {
	"access_control": [
		`access (control|management)`, `identity (and access )?management`, `\biam\b`, `user access`, `logical access`,
		`authentication`, `control de accesos?`, `gestion de (accesos|identidades)`, `acceso logico`,
	],
	"change_management": [
		`change (management|control)`, `software development`, `\bsdlc\b`, `release management`, `secure development`,
		`gestion de(l)? cambios?`, `control de cambios`, `desarrollo seguro`,
	],
	"incident_response": [
		`incident`, `breach (response|notification)`, `gestion de incidentes`, `respuesta (a|ante) incidentes`, `incidentes`,
	],
	"business_continuity": [
		`continuity`, `disaster recovery`, `\bdr\b`, `\bbcp\b`, `\bbcdr\b`, `\bbc ?dr\b`, `backups?`, `resilience`,
		`continuidad`, `recuperacion ante desastres`, `copias de seguridad`, `respaldo`,
	],
	"vendor_management": [
		`vendor`, `supplier`, `third[- ]party`, `outsourc`, `proveedor`, `terceros`,
	],
	"risk_assessment": [
		`risk (assessment|management|analysis|register|treatment)`, `\brisk policy\b`, `evaluacion de riesgos`, `gestion de riesgos`, `analisis de riesgos`,
	],
	"data_classification": [
		`classification`, `clasificacion`,
	],
	"data_retention": [
		`retention`, `disposal`, `records management`, `retencion`, `conservacion`, `destruccion`,
	],
	"privacy": [
		`privacy`, `personal (data|information)`, `data protection`, `\bgdpr\b`, `privacidad`, `datos personales`, `proteccion de datos`,
	],
	"training": [
		`training`, `awareness`, `formacion`, `capacitacion`, `concienciacion`, `sensibilizacion`,
	],
	"information_security": [
		`information security`, `security policy`, `infosec`, `\bisms\b`, `seguridad de la informacion`,
	],
	"encryption": [
		`encryption`, `cryptograph`, `key management`, `cifrado`, `criptograf`,
	],
	"vulnerability_management": [
		`vulnerabilit`, `patch`, `vulnerabilidad`,
	],
	"privacy_notice": [
		`privacy (notice|statement)`, `notice of privacy`, `aviso de privacidad`, `declaracion de privacidad`, `aviso legal de privacidad`,
	],
	"processing_integrity": [
		`processing integrity`, `data (processing|integrity|quality) (policy|standard|controls?)`, `integridad (del|en el) procesamiento`, `integridad de (los )?datos`, `calidad de (los )?datos`,
	],
	"code_of_conduct": [
		`code of (business )?(conduct|ethics)`, `conduct policy`, `ethics`, `codigo (de )?(conducta|etico|etica)`,
	],
	"acceptable_use": [
		`acceptable use`, `uso aceptable`,
	],
	"physical_security": [
		`physical (security|access)`, `facilit(y|ies) (security|access)`, `office security`, `data ?cent(er|re) (security|policy|access)`, `datacenter`, `seguridad fisica`, `acceso fisico`,
	],
	"asset_management": [
		`asset (management|disposal)`, `media (disposal|sanitization|handling|protection)`, `removable media`, `equipment disposal`, `gestion de activos`, `soportes`,
	],
	"network_security": [
		`network security`, `network (protection|segmentation|access)`, `firewall`, `seguridad de (la )?red`, `cortafuegos`,
	],
	"endpoint_security": [
		`endpoint`, `workstation`, `malware`, `anti-?virus`, `estaciones? de trabajo`, `antivirus`, `software malicioso`,
	],
	"logging_monitoring": [
		`\blog(ging)? (management|monitoring|and monitoring|policy|review)`, `security monitoring`, `\blogging\b`, `audit logging`, `gestion de (logs|registros)`, `monitorizacion`, `registro de eventos`,
	],
	"internal_audit": [
		`internal audit`, `compliance audit`, `control monitoring`, `continuous (control )?monitoring`, `auditoria interna`, `supervision de (los )?controles`,
	],
	"availability": [
		`\bavailability\b`, `capacity`, `disponibilidad`, `capacidad`,
	],
}
