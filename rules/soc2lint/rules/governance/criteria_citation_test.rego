package soc2lint.rules.governance.criteria_citation_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.governance.criteria_citation

catalog := {"CC6.1": {}, "CC6.2": {}, "A1.2": {}, "P4.2": {}}

test_known_criteria_pass if {
	doc := object.union(fixtures.policy("Access Control Policy", "access.md", [
		["Mapping", "This policy addresses SOC 2 criteria CC6.1 and CC6.2.", ""],
	]), {"metadata": object.union(fixtures.metadata, {"criteria": ["CC6.1"]})})
	count(criteria_citation.deny) == 0 with input as doc with data.soc2lint.criteria as catalog
}

test_unknown_front_matter_criterion_flagged if {
	doc := object.union(fixtures.policy("Vendor Policy", "vendor.md", [
		["Policy", "Vendors are reviewed annually.", ""],
	]), {"metadata": object.union(fixtures.metadata, {"criteria": ["CC6.1", "CC9.9"]})})
	violations := criteria_citation.deny with input as doc with data.soc2lint.criteria as catalog
	fixtures.messages(violations) == {"The front matter cites CC9.9, which is not a Trust Services Criterion."}
}

test_unknown_criterion_in_table_flagged_once if {
	doc := fixtures.policy("Vendor Policy", "vendor.md", [
		["table", "Control: Vendor review; SOC 2 criterion: CC9.3", ""],
		["table", "Control: Vendor exit; SOC 2 criterion: CC9.3", ""],
	])
	violations := criteria_citation.deny with input as doc with data.soc2lint.criteria as catalog
	count(violations) == 1
	some v in violations
	startswith(v.message.en, "The text cites CC9.3, which is not a Trust Services Criterion (2 mention(s))")
	v.location == {"line": 10}
}

test_appendix_numbers_without_soc2_context_pass if {
	doc := fixtures.policy("Backup Standard", "backup.md", [
		["Procedure", "Follow the steps in appendix A9.4 and table P3.7.", ""],
	])
	count(criteria_citation.deny) == 0 with input as doc with data.soc2lint.criteria as catalog
}

test_spanish_unknown_criterion_flagged if {
	doc := fixtures.policy("Política de Proveedores", "proveedores.md", [
		["Mapeo", "Esta política cubre los criterios CC9.2 y PI9.1.", ""],
	])
	violations := criteria_citation.deny with input as doc with data.soc2lint.criteria as object.union(catalog, {"CC9.2": {}})
	count(violations) == 1
	some v in violations
	contains(v.message.es, "PI9.1")
}
