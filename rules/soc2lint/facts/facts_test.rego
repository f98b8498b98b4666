package soc2lint.facts_test

import data.soc2lint.facts

statement(line, section, norm, frequencies, durations) := {
	"text": norm, "norm": norm, "source": "paragraph", "section": 0, "section_path": [section],
	"modality": "must", "frequencies": frequencies, "durations": durations, "vague": [], "line": line,
}

policy(file, statements) := {"file": file, "format": "markdown", "kind": "policy", "title": file, "statements": statements}

corpus := {"documents": [
	policy("policies/access.md", [
		statement(10, "access reviews", "system owners review user access quarterly.", [{"phrase": "quarterly", "days": 91}], []),
		statement(11, "access reviews", "privileged access is reviewed every six months.", [{"phrase": "every six months", "days": 182}], []),
		statement(20, "leavers", "accounts of leavers are disabled by the end of the next working day after the last day.", [], [{"phrase": "end of the next working day", "hours": 24}]),
	]),
	policy("policies/seguridad.md", [
		statement(30, "gestion de vulnerabilidades", "las vulnerabilidades criticas se corrigen en 15 dias y las altas en 45 dias.", [], [{"phrase": "en 15 dias", "hours": 360}, {"phrase": "en 45 dias", "hours": 1080}]),
		statement(40, "formacion", "todo el personal repite el curso de concienciacion cada doce meses.", [{"phrase": "cada doce meses", "days": 365}], []),
		statement(41, "formacion", "los nuevos empleados completan el curso en un plazo de 20 dias.", [], [{"phrase": "en un plazo de 20 dias", "hours": 480}]),
		statement(50, "continuidad", "las pruebas de restauracion de copias se realizan trimestralmente.", [{"phrase": "trimestralmente", "days": 91}], []),
	]),
]}

test_access_review_smallest_frequency if {
	facts.access_review == {"days": 91, "value": 91, "file": "policies/access.md", "line": 10, "phrase": "quarterly"} with input as corpus
}

test_deprovisioning_next_working_day if {
	f := facts.deprovisioning with input as corpus
	f.hours == 24
	f.next_working_day == true
	f.line == 20
}

test_spanish_vulnerability_sla_pairs_severities if {
	sla := facts.vulnerability_sla with input as corpus
	sla.critical.days == 15
	sla.high.days == 45
	sla.critical.file == "policies/seguridad.md"
}

test_spanish_training_and_new_hire_window if {
	facts.training.days == 365 with input as corpus
	facts.training_new_hire.days == 20 with input as corpus
}

test_spanish_restore_test_frequency if {
	facts.restore_test.days == 91 with input as corpus
}

test_absent_when_not_stated if {
	empty := {"documents": [policy("policies/other.md", [statement(5, "passwords", "passwords have 14 characters.", [], [])])]}
	not facts.access_review with input as empty
	not facts.deprovisioning with input as empty
	count(facts.vulnerability_sla) == 0 with input as empty
}
