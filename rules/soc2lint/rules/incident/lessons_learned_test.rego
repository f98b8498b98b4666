package soc2lint.rules.incident.lessons_learned_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.incident.lessons_learned

test_root_cause_review_passes if {
	doc := fixtures.policy("Incident Response Plan", "ir.md", [["Closure", "A blameless review records the root cause.", ""]])
	count(lessons_learned.deny) == 0 with input as doc
}

test_missing_review_flagged if {
	doc := fixtures.policy("Incident Response Plan", "ir.md", [["Closure", "The ticket is closed after recovery.", ""]])
	lessons_learned.deny == {{
		"message": {
			"en": "The incident response policy does not require a post-incident review or lessons learned.",
			"es": "La política de respuesta a incidentes no exige una revisión posterior ni lecciones aprendidas.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_spanish_lecciones_aprendidas_pass if {
	doc := fixtures.policy("Plan de Respuesta a Incidentes", "incidentes.md", [["Cierre", "Se documentan las lecciones aprendidas.", ""]])
	count(lessons_learned.deny) == 0 with input as doc
}
