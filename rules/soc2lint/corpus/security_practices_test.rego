package soc2lint.corpus.security_practices_test

import data.soc2lint.corpus.security_practices
import data.soc2lint.lib.fixtures

all_practices := [
		["Practices", "Staff sign the Code of Conduct at hire.", ""],
		["Practices", "The Board of Directors reviews security risk every quarter.", ""],
		["Practices", "Background checks are completed before start.", ""],
		["Practices", "Violations lead to disciplinary action.", ""],
		["Practices", "Security logs are sent to the SIEM.", ""],
		["Practices", "Management approves the security objectives every year.", ""],
		["Practices", "Internal audits test the controls every year.", ""],
		["Practices", "Audit findings are tracked to closure.", ""],
		["Practices", "Owners decide to mitigate or accept each risk.", ""],
		["Practices", "Office entry requires a badge.", ""],
		["Practices", "Drives are destroyed before disposal.", ""],
		["Practices", "Firewalls deny inbound traffic by default.", ""],
		["Practices", "An EDR agent runs on every laptop.", ""],
		["Practices", "Alerts on suspicious logins page the on-call engineer.", ""],
		["Practices", "The business continuity plan is tested every year.", ""],
	]

test_all_practices_pass if {
	documents := [fixtures.policy("Information Security Policy", "isp.md", all_practices)]
	count(security_practices.deny) == 0 with input as {"documents": documents}
}

test_missing_boundary_reported if {
	documents := [fixtures.policy("Information Security Policy", "isp.md", [
		["Practices", "Staff sign the Code of Conduct at hire.", ""],
		["Practices", "The Board of Directors reviews security risk every quarter.", ""],
		["Practices", "Background checks are completed before start.", ""],
		["Practices", "Violations lead to disciplinary action.", ""],
		["Practices", "Security logs are sent to the SIEM.", ""],
		["Practices", "Management approves the security objectives every year.", ""],
		["Practices", "Internal audits test the controls every year.", ""],
		["Practices", "Audit findings are tracked to closure.", ""],
		["Practices", "Owners decide to mitigate or accept each risk.", ""],
		["Practices", "Office entry requires a badge.", ""],
		["Practices", "Drives are destroyed before disposal.", ""],
		["Practices", "An EDR agent runs on every laptop.", ""],
		["Practices", "Alerts on suspicious logins page the on-call engineer.", ""],
		["Practices", "The business continuity plan is tested every year.", ""],
	])]
	security_practices.deny == {{
		"message": {
			"en": "No document requires firewalls or network segmentation at the system boundary.",
			"es": "Ningún documento exige cortafuegos o segmentación de red en el perímetro del sistema.",
		},
		"location": {},
		"criteria": ["CC6.6"],
	}} with input as {"documents": documents}
}

test_practices_in_separate_documents_pass if {
	half := 7
	documents := [
		fixtures.policy("Information Security Policy", "isp.md", array.slice(all_practices, 0, half)),
		fixtures.policy("Operations Policy", "ops.md", array.slice(all_practices, half, count(all_practices))),
	]
	count(security_practices.deny) == 0 with input as {"documents": documents}
}

test_no_documents_no_findings if {
	count(security_practices.deny) == 0 with input as {"documents": []}
}

test_spanish_practices_pass if {
	documents := [fixtures.policy("Política de Seguridad de la Información", "psi.md", [
		["Practices", "El personal firma el código de conducta.", ""],
		["Practices", "El consejo de administración revisa los riesgos cada trimestre.", ""],
		["Practices", "Se realiza la verificación de antecedentes antes de la incorporación.", ""],
		["Practices", "El incumplimiento conlleva medidas disciplinarias.", ""],
		["Practices", "Los registros de seguridad se envían a un almacén central.", ""],
		["Practices", "La dirección aprueba los objetivos de seguridad cada año.", ""],
		["Practices", "La auditoría interna revisa los controles cada año.", ""],
		["Practices", "Los hallazgos se siguen hasta su cierre.", ""],
		["Practices", "Cada responsable decide mitigar el riesgo o aceptarlo.", ""],
		["Practices", "La entrada a la oficina requiere tarjeta de acceso.", ""],
		["Practices", "Se exige el borrado seguro de los equipos antes de desecharlos.", ""],
		["Practices", "Los cortafuegos bloquean el tráfico entrante.", ""],
		["Practices", "Todos los equipos tienen antivirus.", ""],
		["Practices", "Los accesos sospechosos generan alertas.", ""],
		["Practices", "El plan de continuidad de negocio se prueba cada año.", ""],
	])]
	count(security_practices.deny) == 0 with input as {"documents": documents}
}

test_heading_states_practice if {
	lines := [l | some l in all_practices; not contains(l[1], "security objectives")]
	documents := [fixtures.policy("Information Security Policy", "isp.md", array.concat(lines, [["Information Security Objectives", "Customer data stays confidential.", ""]]))]
	doc := object.union(documents[0], {"statements": array.concat(documents[0].statements, [{
		"text": "Information Security Objectives", "norm": "information security objectives", "source": "heading",
		"section": -1, "section_path": [], "modality": "", "frequencies": [], "durations": [], "vague": [], "line": 40,
	}])})
	count(security_practices.deny) == 0 with input as {"documents": [doc]}
}

test_code_of_conduct_document_counts if {
	lines := [l | some l in all_practices; not contains(l[1], "Code of Conduct")]
	documents := [
		fixtures.policy("Information Security Policy", "isp.md", lines),
		fixtures.policy("Code of Conduct Policy", "conduct.md", [
			["Respect", "Employees respect colleagues.", ""],
			["Law", "Employees comply with the law.", ""],
			["Property", "Employees protect company property.", ""],
		]),
	]
	count(security_practices.deny) == 0 with input as {"documents": documents}
}

# Objectives stated under an "Objectives" heading count, although that
# heading usually introduces context; the purpose of a policy does not.
test_objectives_section_counts if {
	others := [line |
		some line in all_practices
		line[1] != "Management approves the security objectives every year."
	]
	risk := fixtures.policy("Risk Assessment Policy", "risk.md", [
		["Objectives", "The company sets objectives for service availability and data security.", ""],
	])
	documents := [fixtures.policy("Information Security Policy", "isp.md", others), risk]
	count(security_practices.deny) == 0 with input as {"documents": documents}
}

test_policy_purpose_is_not_an_objective if {
	without := [line |
		some line in all_practices
		line[1] != "Management approves the security objectives every year."
	]
	purpose := fixtures.policy("Risk Assessment Policy", "risk.md", [
		["Objectives", "The objective of this policy is to describe how risks are assessed.", ""],
	])
	documents := [fixtures.policy("Information Security Policy", "isp.md", without), purpose]
	fixtures.messages(security_practices.deny) == {"No document requires security or business objectives against which risks are judged."} with input as {"documents": documents}
}
