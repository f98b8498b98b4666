# METADATA
# title: Security policies present
# description: >
#   The policies an auditor expects for the Security category must exist
#   somewhere in the repository: an information security policy, access
#   control, change management, incident response, risk assessment, vendor
#   management and encryption of data in transit. A topic counts when a
#   document is about it or when the documents substantively address it.
# custom:
#   id: corpus-security-policies
#   title_es: Políticas de seguridad presentes
#   criteria: [CC5.3, CC6.1, CC6.7, CC8.1, CC7.3, CC7.4, CC3.2, CC9.2]
#   severity: error
#   remediation:
#     en: Add the missing policy, or the missing section to an existing policy, and lint the folder again.
#     es: Añada la política que falta, o la sección que falta en una política existente, y vuelva a analizar la carpeta.
#   mappings:
#     iso27001: [A.5.1]
#     nist_csf: [GV.PO-01]
package soc2lint.corpus.security_policies

import data.soc2lint.lib.corpus
import data.soc2lint.lib.result
import data.soc2lint.lib.vocab

# requirements maps a check to its criteria and messages; covered[name] says
# whether the corpus meets it.
requirements := {
	"information_security": {"criteria": ["CC5.3"], "en": "an information security policy", "es": "una política de seguridad de la información"},
	"access_control": {"criteria": ["CC6.1"], "en": "an access control policy", "es": "una política de control de accesos"},
	"change_management": {"criteria": ["CC8.1"], "en": "a change management policy", "es": "una política de gestión de cambios"},
	"incident_response": {"criteria": ["CC7.3", "CC7.4"], "en": "an incident response plan", "es": "un plan de respuesta a incidentes"},
	"risk_assessment": {"criteria": ["CC3.2"], "en": "a risk assessment policy", "es": "una política de evaluación de riesgos"},
	"vendor_management": {"criteria": ["CC9.2"], "en": "a vendor management policy", "es": "una política de gestión de proveedores"},
	"transit": {"criteria": ["CC6.7"], "en": "a requirement to encrypt data in transit", "es": "un requisito de cifrado de datos en tránsito"},
}

covered contains "information_security" if corpus.has_topic("information_security")

covered contains "access_control" if corpus.has_topic("access_control")

covered contains "access_control" if {
	corpus.substantive("mfa", 1)
	corpus.substantive("access_review", 1)
}

covered contains "change_management" if corpus.has_topic("change_management")

covered contains "change_management" if {
	some s in corpus.statements("approval")
	regex.match(`\bchanges?\b|\bcambios?\b`, s.norm)
	some t in corpus.statements("testing")
	regex.match(`\bchanges?\b|\bcambios?\b`, t.norm)
}

covered contains "incident_response" if corpus.has_topic("incident_response")

covered contains "risk_assessment" if corpus.has_topic("risk_assessment")

covered contains "risk_assessment" if corpus.substantive("risk_assessment", 3)

covered contains "vendor_management" if corpus.has_topic("vendor_management")

covered contains "vendor_management" if {
	corpus.substantive("vendor", 3)
	corpus.substantive("independent_assurance", 1)
}

covered contains "transit" if {
	some s in corpus.statements("encryption")
	vocab.mentions(s.norm, "transit")
}

deny contains violation if {
	some name, requirement in requirements
	not name in covered

	violation := object.union(
		result.fail_corpus(
			sprintf("No document provides %s.", [requirement.en]),
			sprintf("Ningún documento aporta %s.", [requirement.es]),
		),
		{"criteria": requirement.criteria},
	)
}
