package soc2lint.rules.governance.version_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.governance.version

policy := fixtures.policy("Política de Control de Accesos", "politicas/accesos.md", [["Normas", "El acceso debe aprobarse.", "must"]])

test_version_present_passes if {
	count(version.deny) == 0 with input as policy
}

test_missing_version_reported if {
	doc := json.patch(policy, [{"op": "replace", "path": "/metadata/version", "value": " "}])
	version.deny == {{
		"message": {
			"en": "The document states no version: add a `version` field.",
			"es": "El documento no indica versión: añada un campo `version`.",
		},
		"location": {"line": 1},
	}} with input as doc
}
