package soc2lint.corpus.consistency_roles_test

import data.soc2lint.corpus.consistency_roles
import data.soc2lint.lib.fixtures

test_role_defined_in_roles_section_passes if {
	documents := [
		fixtures.policy("Information Security Policy", "isp.md", [["Roles and Responsibilities", "Data Protection Officer: advises on privacy and answers data subject requests.", ""]]),
		fixtures.policy("Privacy Policy", "privacy.md", [["Requests", "The Data Protection Officer must answer requests within 30 days.", "must"]]),
	]
	count(consistency_roles.deny) == 0 with input as {"documents": documents}
}

test_undefined_role_reported if {
	documents := [
		fixtures.policy("Information Security Policy", "isp.md", [["Roles and Responsibilities", "Chief Information Security Officer: owns the program.", ""]]),
		fixtures.policy("Privacy Policy", "privacy.md", [["Requests", "The Data Protection Officer must answer requests within 30 days.", "must"]]),
	]
	consistency_roles.deny == {{
		"message": {
			"en": "The role \"Data Protection Officer\" is given duties (first at privacy.md:10, 1 place(s) in all) but no document defines it.",
			"es": "El rol \"Data Protection Officer\" tiene obligaciones asignadas (la primera en privacy.md:10, 1 lugar(es) en total) pero ningún documento lo define.",
		},
		"location": {},
	}} with input as {"documents": documents}
}

test_document_owner_defines_role if {
	doc := fixtures.policy("Privacy Policy", "privacy.md", [["Requests", "The Privacy Manager reviews every request.", ""]])
	owned := object.union(doc, {"metadata": object.union(doc.metadata, {"owner": "Ana Ruiz, Privacy Manager"})})
	count(consistency_roles.deny) == 0 with input as {"documents": [owned]}
}

test_lowercase_roles_ignored if {
	documents := [fixtures.policy("Privacy Policy", "privacy.md", [["Requests", "The privacy team must answer requests.", "must"]])]
	count(consistency_roles.deny) == 0 with input as {"documents": documents}
}

test_spanish_undefined_role_reported if {
	documents := [fixtures.policy("Política de Seguridad", "seguridad.md", [["Accesos", "El Responsable de Seguridad revisa los accesos cada trimestre.", ""]])]
	violations := consistency_roles.deny with input as {"documents": documents}
	{v.message.es | some v in violations} == {"El rol \"Responsable de Seguridad\" tiene obligaciones asignadas (la primera en seguridad.md:10, 1 lugar(es) en total) pero ningún documento lo define."}
}

test_spanish_role_in_definitions_passes if {
	documents := [
		fixtures.policy("Política de Seguridad", "seguridad.md", [["Accesos", "El Responsable de Seguridad revisa los accesos cada trimestre.", ""]]),
		fixtures.policy("Organización de la Seguridad", "organizacion.md", [["Roles y responsabilidades", "Responsable de Seguridad: dirige el programa de seguridad.", ""]]),
	]
	count(consistency_roles.deny) == 0 with input as {"documents": documents}
}
