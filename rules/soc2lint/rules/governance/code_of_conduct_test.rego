package soc2lint.rules.governance.code_of_conduct_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.governance.code_of_conduct

policy(lines) := fixtures.policy("Code of Conduct", "policies/code-of-conduct.md", lines)

test_requirement_stated_passes if {
	doc := policy([
		["Conflicts", "Conflicts of interest are declared to People Operations.", ""],
		["Gifts", "Gifts above 100 USD are declared.", ""],
		["Acknowledgement", "Every employee signs the code at hire and every year.", "must"],
	])
	count(code_of_conduct.deny) == 0 with input as doc
}

test_requirement_missing_flagged if {
	doc := policy([
		["Conflicts", "Conflicts of interest are declared to People Operations.", ""],
		["Gifts", "Gifts above 100 USD are declared.", ""],
		["Values", "Employees treat customers fairly.", ""],
	])
	code_of_conduct.deny == {{
		"message": {
			"en": "The code of conduct does not require employees and contractors to acknowledge it.",
			"es": "El código de conducta no exige que empleados y contratistas lo acepten.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_short_stub_skipped if {
	doc := policy([["Status", "To be written.", ""]])
	count(code_of_conduct.deny) == 0 with input as doc
}

test_other_topics_skipped if {
	doc := fixtures.policy("Vendor Management Policy", "policies/vendors.md", [
		["Conflicts", "Conflicts of interest are declared to People Operations.", ""],
		["Gifts", "Gifts above 100 USD are declared.", ""],
		["Values", "Employees treat customers fairly.", ""],
	])
	count(code_of_conduct.deny) == 0 with input as doc
}

test_spanish_requirement_passes if {
	doc := fixtures.policy("Código de Conducta", "politicas/codigo-conducta.md", [
		["Conflictos", "Los conflictos de interés se comunican a Personas.", ""],
		["Regalos", "Los regalos de más de 100 EUR se declaran.", ""],
		["Aceptación", "Todo empleado firma la aceptación del código al incorporarse.", "must"],
	])
	count(code_of_conduct.deny) == 0 with input as doc
}

test_spanish_requirement_missing_flagged if {
	doc := fixtures.policy("Código de Conducta", "politicas/codigo-conducta.md", [
		["Conflictos", "Los conflictos de interés se comunican a Personas.", ""],
		["Regalos", "Los regalos de más de 100 EUR se declaran.", ""],
		["Valores", "Los empleados tratan a los clientes con respeto.", ""],
	])
	violations := code_of_conduct.deny with input as doc
	{v.message.es | some v in violations} == {"El código de conducta no exige que empleados y contratistas lo acepten."}
}
