package soc2lint.rules.continuity.backups_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.continuity.backups

test_snapshots_pass if {
	doc := fixtures.policy("Business Continuity Plan", "bcp.pdf", [["Data", "Database snapshots are taken daily.", ""]])
	count(backups.deny) == 0 with input as doc
}

test_missing_backups_flagged if {
	doc := fixtures.policy("Business Continuity Plan", "bcp.pdf", [["Crisis", "The crisis team meets within an hour.", ""]])
	backups.deny == {{
		"message": {
			"en": "The continuity policy does not define backups.",
			"es": "La política de continuidad no define las copias de seguridad.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_spanish_copias_de_seguridad_pass if {
	doc := fixtures.policy("Plan de Continuidad de Negocio", "continuidad.pdf", [["Datos", "Las copias de seguridad se hacen cada día.", ""]])
	count(backups.deny) == 0 with input as doc
}
