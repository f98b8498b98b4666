package soc2lint.rules.data.retention_disposal_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.data.retention_disposal

test_periods_and_disposal_pass if {
	doc := fixtures.policy("Data Retention Policy", "retention.md", [
		["Periods", "Invoices are retained for 7 years.", ""],
		["Disposal", "Expired records are securely deleted.", ""],
	])
	count(retention_disposal.deny) == 0 with input as doc
}

test_deferred_periods_flagged if {
	doc := fixtures.policy("Data Retention Policy", "retention.md", [["Periods", "Periods are set in another standard.", ""]])
	fixtures.messages(retention_disposal.deny) == {
		"The retention policy states no retention periods.",
		"The retention policy does not say how data is disposed of when its retention period ends.",
	} with input as doc
}

test_spanish_plazos_pass if {
	doc := fixtures.policy("Política de Conservación de Datos", "conservacion.md", [
		["Plazos", "Las facturas se conservan durante 6 años.", ""],
		["Eliminación", "Los soportes se someten a destrucción certificada.", ""],
	])
	count(retention_disposal.deny) == 0 with input as doc
}
