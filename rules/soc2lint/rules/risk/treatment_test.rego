package soc2lint.rules.risk.treatment_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.risk.treatment

policy(lines) := fixtures.policy("Risk Assessment Policy", "policies/risk-assessment.md", lines)

test_requirement_stated_passes if {
	doc := policy([
		["Register", "Risks are recorded in the register.", ""],
		["Frequency", "The assessment runs every year.", ""],
		["Treatment", "Each risk owner chooses to mitigate, transfer, avoid or accept the risk.", "must"],
	])
	count(treatment.deny) == 0 with input as doc
}

test_requirement_missing_flagged if {
	doc := policy([
		["Register", "Risks are recorded in the register.", ""],
		["Frequency", "The assessment runs every year.", ""],
		["Scoring", "Risks are scored by likelihood and impact.", ""],
	])
	treatment.deny == {{
		"message": {
			"en": "The risk assessment policy does not say how identified risks are treated.",
			"es": "La política de evaluación de riesgos no indica cómo se tratan los riesgos identificados.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_short_stub_skipped if {
	doc := policy([["Status", "To be written.", ""]])
	count(treatment.deny) == 0 with input as doc
}

test_other_topics_skipped if {
	doc := fixtures.policy("Vendor Management Policy", "policies/vendors.md", [
		["Register", "Risks are recorded in the register.", ""],
		["Frequency", "The assessment runs every year.", ""],
		["Scoring", "Risks are scored by likelihood and impact.", ""],
	])
	count(treatment.deny) == 0 with input as doc
}

test_spanish_requirement_passes if {
	doc := fixtures.policy("Política de Evaluación de Riesgos", "politicas/evaluacion-riesgos.md", [
		["Registro", "Los riesgos se anotan en el registro.", ""],
		["Frecuencia", "La evaluación se hace cada año.", ""],
		["Tratamiento", "El plan de tratamiento de cada riesgo tiene un responsable.", "must"],
	])
	count(treatment.deny) == 0 with input as doc
}

test_spanish_requirement_missing_flagged if {
	doc := fixtures.policy("Política de Evaluación de Riesgos", "politicas/evaluacion-riesgos.md", [
		["Registro", "Los riesgos se anotan en el registro.", ""],
		["Frecuencia", "La evaluación se hace cada año.", ""],
		["Puntuación", "Los riesgos se puntúan por probabilidad e impacto.", ""],
	])
	violations := treatment.deny with input as doc
	{v.message.es | some v in violations} == {"La política de evaluación de riesgos no indica cómo se tratan los riesgos identificados."}
}
