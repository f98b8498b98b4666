package soc2lint.coverage_test

import data.soc2lint.coverage
import data.soc2lint.lib.fixtures

test_access_policy_supports_access_criteria if {
	doc := fixtures.policy("Access Control Policy", "access.md", [["Rules", "Access is reviewed quarterly.", ""]])
	coverage.supports == {"CC5.3", "CC6.1", "CC6.2", "CC6.3"} with input as doc
}

test_transit_statement_supports_cc67_anywhere if {
	doc := fixtures.policy("Information Security Policy", "isp.md", [["Networks", "Data in transit is encrypted with TLS.", ""]])
	coverage.supports == {"CC5.3", "CC6.7"} with input as doc
}

test_evidence_supports_nothing if {
	doc := json.patch(fixtures.policy("Access Control Policy", "access.md", []), [{"op": "replace", "path": "/kind", "value": "evidence"}])
	count(coverage.supports) == 0 with input as doc
}

test_spanish_continuity_plan if {
	doc := fixtures.policy("Plan de Continuidad de Negocio", "continuidad.md", [["Copias", "Las copias de seguridad son diarias.", ""]])
	coverage.supports == {"CC5.3", "A1.2", "A1.3"} with input as doc
}
