package soc2lint.rules.risk.assessment_frequency_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.risk.assessment_frequency

risk_policy(lines) := fixtures.policy("Risk Assessment Policy", "risk.md", lines)

test_annual_assessment_passes if {
	count(assessment_frequency.deny) == 0 with input as risk_policy([["Cycle", "A company-wide risk assessment is performed annually.", ""]])
}

test_as_appropriate_flagged if {
	doc := risk_policy([
		["Cycle", "The compliance team runs the risk assessment and updates the register as appropriate.", ""],
		["Monitoring", "Owners update mitigation plans every month.", ""],
	])
	assessment_frequency.deny == {{
		"message": {
			"en": "The risk assessment is performed \"as appropriate\", with no stated interval: \"The compliance team runs the risk assessment and updates the register as appropriate.\"",
			"es": "La evaluación de riesgos se realiza \"as appropriate\", sin un intervalo definido: \"The compliance team runs the risk assessment and updates the register as appropriate.\"",
		},
		"location": {"line": 10},
	}} with input as doc
}

test_biennial_assessment_flagged if {
	doc := json.patch(risk_policy([["Cycle", "A risk assessment is performed every two years.", ""]]), [
		{"op": "replace", "path": "/statements/1/frequencies", "value": [{"phrase": "every two years", "days": 730}]},
	])
	fixtures.messages(assessment_frequency.deny) == {"The risk assessment policy does not require a risk assessment at least annually."} with input as doc
}

test_spanish_annual_assessment_passes if {
	doc := fixtures.policy("Política de Gestión de Riesgos", "riesgos.md", [["Ciclo", "La evaluación de riesgos se realiza una vez al año.", ""]])
	count(assessment_frequency.deny) == 0 with input as doc
}

risk_section(lines) := fixtures.section_policy("Risk Management Policy", "risk.md", "Policy", lines)

test_title_line_and_follow_up_frequency_pass if {
	doc := risk_section([
		["Regular Reviews of Risk Assessment and Risk Treatment", "", "paragraph"],
		["The risk assessment table must be updated when new risks are identified.", "must", "paragraph"],
		["At a minimum, this update and review shall be conducted once per year.", "must", "paragraph"],
	])
	count(assessment_frequency.deny) == 0 with input as doc
}

test_title_line_is_not_an_obligation if {
	doc := risk_section([
		["Regular Reviews of Risk Assessment and Risk Treatment", "", "paragraph"],
		["Owners update mitigation plans every month.", "", "paragraph"],
	])
	fixtures.messages(assessment_frequency.deny) == {"The risk assessment policy does not require a risk assessment at least annually."} with input as doc
}

test_vague_sentence_still_flagged if {
	doc := risk_section([
		["Regular reviews of the risk assessment are performed by the CISO.", "", "paragraph"],
	])
	fixtures.messages(assessment_frequency.deny) == {"The risk assessment is performed \"regular\", with no stated interval: \"Regular reviews of the risk assessment are performed by the CISO.\""} with input as doc
}

test_follow_up_needs_back_reference if {
	doc := risk_section([
		["The CISO runs the risk assessment periodically.", "", "paragraph"],
		["Security training happens once per year.", "", "paragraph"],
	])
	fixtures.messages(assessment_frequency.deny) == {"The risk assessment is performed \"periodically\", with no stated interval: \"The CISO runs the risk assessment periodically.\""} with input as doc
}

test_follow_up_longer_than_a_year_flagged if {
	doc := json.patch(risk_section([
		["The CISO runs the risk assessment.", "", "paragraph"],
		["This assessment is repeated every two years.", "", "paragraph"],
	]), [{"op": "replace", "path": "/statements/2/frequencies", "value": [{"phrase": "every two years", "days": 730}]}])
	fixtures.messages(assessment_frequency.deny) == {"The risk assessment policy does not require a risk assessment at least annually."} with input as doc
}
