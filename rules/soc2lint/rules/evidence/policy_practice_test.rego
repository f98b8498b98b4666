package soc2lint.rules.evidence.policy_practice_test

import data.soc2lint.rules.evidence.policy_practice

quarterly := {"access_review": {"days": 91, "file": "policies/access.md", "line": 31, "phrase": "quarterly"}}

run(facts) := {"as_of": "2026-12-31", "scope": {"period": {"start": "", "end": ""}}, "facts": facts}

reviews(dates) := {"file": "evidence/uar.csv", "evidence": {"type": "access_review", "columns": {}, "records": [], "summary": {"location": {"line": 1}, "dates": {"review_date": dates}}}}

test_quarterly_practice_passes if {
	dates := ["2026-01-10", "2026-01-12", "2026-04-09", "2026-07-08", "2026-10-07"]
	count(policy_practice.deny) == 0 with input as reviews(dates) with data.soc2lint.run as run(quarterly)
}

test_semiannual_practice_flagged if {
	dates := ["2026-01-10", "2026-01-12", "2026-07-08", "2026-07-09", "2027-01-11"]
	policy_practice.deny == {{
		"message": {
			"en": "policies/access.md:31 states access reviews quarterly (\"quarterly\"), but the 3 review campaigns in evidence/uar.csv are typically 187 days apart.",
			"es": "policies/access.md:31 indica revisiones de accesos con frecuencia trimestral (\"quarterly\"), pero las 3 campañas de revisión de evidence/uar.csv están normalmente a 187 días de distancia.",
		},
		"location": {"line": 1},
		"criteria": ["CC6.3"],
	}} with input as reviews(dates) with data.soc2lint.run as run(quarterly)
}

test_no_stated_frequency_no_finding if {
	count(policy_practice.deny) == 0 with input as reviews(["2026-01-10", "2026-07-08", "2027-01-11"]) with data.soc2lint.run as run({})
}

test_spanish_slow_deprovisioning_flagged if {
	facts := {"deprovisioning": {"hours": 24, "next_working_day": false, "file": "politicas/acceso.md", "line": 12, "phrase": "dentro de 24 horas"}}
	export := {"file": "evidencias/bajas.csv", "evidence": {"type": "termination", "columns": {}, "records": [], "summary": {"location": {"line": 1}, "delays": [[0, 1], [4, 2], [6, 2]]}}}
	{v.message.es | some v in policy_practice.deny} == {"politicas/acceso.md:12 indica que los accesos de las bajas se retiran en \"dentro de 24 horas\", pero la baja mediana de evidencias/bajas.csv se desactivó 4 días después del último día."} with input as export
		with data.soc2lint.run as run(facts)
}
