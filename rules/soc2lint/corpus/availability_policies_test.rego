package soc2lint.corpus.availability_policies_test

import data.soc2lint.corpus.availability_policies
import data.soc2lint.lib.fixtures

bcdr(lines) := json.patch(fixtures.policy("Business Continuity and DR Policy", "bcdr.pdf", lines), [{"op": "replace", "path": "/format", "value": "pdf"}])

test_pdf_plan_with_tests_passes if {
	doc := bcdr([
		["Backups", "Database snapshots are taken daily.", ""],
		["Backups", "Backups are copied to a second region.", ""],
		["Testing", "A restore test is run every quarter.", ""],
	])
	count(availability_policies.deny) == 0 with input as {"documents": [doc]}
}

test_untested_plan_flagged if {
	doc := bcdr([
		["Backups", "Database snapshots are taken daily.", ""],
		["Backups", "Backups are copied to a second region.", ""],
		["Maintenance", "Runbooks are updated after architecture changes.", ""],
	])
	availability_policies.deny == {{
		"message": {
			"en": "No document requires restore tests or disaster recovery exercises.",
			"es": "Ningún documento exige pruebas de restauración ni ejercicios de recuperación ante desastres.",
		},
		"location": {},
		"criteria": ["A1.3"],
	}} with input as {"documents": [doc]}
}

test_spanish_plan_passes if {
	doc := fixtures.policy("Plan de Continuidad", "continuidad.md", [
		["Copias", "Las copias de seguridad son diarias.", ""],
		["Copias", "Los respaldos se guardan fuera.", ""],
		["Pruebas", "Se hacen pruebas de restauración cada trimestre.", ""],
	])
	count(availability_policies.deny) == 0 with input as {"documents": [doc]}
}
