package soc2lint.corpus.security_policies_test

import data.soc2lint.corpus.security_policies
import data.soc2lint.lib.fixtures

three(section, a, b, c) := [[section, a, ""], [section, b, ""], [section, c, ""]]

full_set := [
	fixtures.policy("Information Security Policy", "isp.md", array.concat(
		three("Rules", "Security is everyone's job.", "Assets have owners.", "Exceptions are approved."),
		[["Networks", "Traffic over networks we do not control is cryptographically protected.", ""]],
	)),
	fixtures.policy("Access Control Policy", "access.md", three("Rules", "MFA is required.", "Access is least privilege.", "Accounts are named.")),
	fixtures.policy("Change Management Policy", "change.md", three("Rules", "Changes are peer reviewed.", "Changes are tested.", "Hotfixes are logged.")),
	fixtures.policy("Incident Response Plan", "ir.md", three("Rules", "Incidents get a severity.", "Customers are notified.", "Reviews follow.")),
	fixtures.policy("Risk Assessment Policy", "risk.md", three("Rules", "Risks are scored.", "Fraud is considered.", "Owners treat risks.")),
	fixtures.policy("Vendor Management Policy", "vendor.md", three("Rules", "Vendors are tiered.", "SOC 2 reports are read.", "Vendors are reviewed annually.")),
]

test_complete_corpus_passes if {
	count(security_policies.deny) == 0 with input as {"documents": full_set}
}

test_missing_incident_plan_flagged_on_both_criteria if {
	documents := [d | some d in full_set; d.title != "Incident Response Plan"]
	security_policies.deny == {{
		"message": {"en": "No document provides an incident response plan.", "es": "Ningún documento aporta un plan de respuesta a incidentes."},
		"location": {},
		"criteria": ["CC7.3", "CC7.4"],
	}} with input as {"documents": documents}
}

test_transit_missing_flagged if {
	documents := array.concat([fixtures.policy("Information Security Policy", "isp.md", three("Rules", "Security is everyone's job.", "Assets have owners.", "Exceptions are approved."))], array.slice(full_set, 1, 6))
	fixtures.messages(security_policies.deny) == {"No document provides a requirement to encrypt data in transit."} with input as {"documents": documents}
}

test_spanish_titles_and_wording_count if {
	documents := [
		fixtures.policy("Política de Seguridad de la Información", "psi.md", array.concat(
			three("Normas", "La seguridad es de todos.", "Los activos tienen propietario.", "Las excepciones se aprueban."),
			[["Redes", "Se exige cifrado en tránsito para toda conexión externa.", "must"]],
		)),
		fixtures.policy("Política de Control de Accesos", "accesos.md", three("Normas", "La MFA es obligatoria.", "Mínimo privilegio.", "Cuentas nominativas.")),
		fixtures.policy("Política de Gestión de Cambios", "cambios.md", three("Normas", "Revisión por pares.", "Pruebas previas.", "Emergencias registradas.")),
		fixtures.policy("Plan de Respuesta a Incidentes", "incidentes.md", three("Normas", "Severidad.", "Notificación a clientes.", "Lecciones aprendidas.")),
		fixtures.policy("Política de Gestión de Riesgos", "riesgos.md", three("Normas", "Evaluación anual.", "Fraude.", "Cambios.")),
		fixtures.policy("Política de Proveedores", "proveedores.md", three("Normas", "Niveles.", "Informe SOC 2.", "Revisión anual.")),
	]
	count(security_policies.deny) == 0 with input as {"documents": documents}
}
