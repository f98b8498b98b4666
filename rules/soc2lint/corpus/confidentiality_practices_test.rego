package soc2lint.corpus.confidentiality_practices_test

import data.soc2lint.corpus.confidentiality_practices
import data.soc2lint.lib.fixtures

test_nda_in_table_passes if {
	documents := [fixtures.policy("Data Classification Policy", "classification.md", [
		["table", "Requirement: Sharing outside the company; Confidential: NDA in place", ""],
	])]
	count(confidentiality_practices.deny) == 0 with input as {"documents": documents}
}

test_no_agreement_reported if {
	documents := [fixtures.policy("Data Classification Policy", "classification.md", [["Levels", "Confidential data is encrypted.", ""]])]
	confidentiality_practices.deny == {{
		"message": {
			"en": "No document requires confidentiality or non-disclosure agreements.",
			"es": "Ningún documento exige acuerdos de confidencialidad.",
		},
		"location": {},
	}} with input as {"documents": documents}
}

test_spanish_agreement_passes if {
	documents := [fixtures.policy("Política de Recursos Humanos", "rrhh.md", [
		["Incorporación", "Todo empleado firma un acuerdo de confidencialidad antes de su incorporación.", "must"],
	])]
	count(confidentiality_practices.deny) == 0 with input as {"documents": documents}
}
