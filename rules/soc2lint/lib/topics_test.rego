package soc2lint.lib.topics_test

import data.soc2lint.lib.fixtures
import data.soc2lint.lib.topics

test_facility_access_is_not_access_control if {
	doc := fixtures.policy("Facility Access Management Procedure", "sec-proc-006.md", [])
	not "access_control" in topics.of(doc)
}

test_spanish_physical_access_is_not_access_control if {
	doc := fixtures.policy("Gestión de accesos a las instalaciones", "accesos-fisicos.md", [])
	not "access_control" in topics.of(doc)
}

test_physical_and_logical_access_is_access_control if {
	doc := fixtures.policy("Physical and Logical Access Control Policy", "access.md", [])
	"access_control" in topics.of(doc)
}

test_plain_access_control_title_is_access_control if {
	doc := fixtures.policy("Access Control Policy", "access.md", [])
	"access_control" in topics.of(doc)
}
