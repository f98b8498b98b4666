package soc2lint.corpus.consistency_parameters_test

import data.soc2lint.corpus.consistency_parameters
import data.soc2lint.lib.fixtures

# with_duration adds an annotator duration to the only statement of doc's
# line list, as the annotator would for "within 72 hours".
with_durations(doc, durations) := object.union(doc, {"statements": [s |
	some i, st in doc.statements
	s := with_duration(i, st, durations)
]})

with_duration(0, st, _) := st

with_duration(i, st, durations) := object.union(st, {"durations": [durations[i - 1]]}) if i > 0

with_frequency(doc, phrase, days) := object.union(doc, {"statements": [s |
	some st in doc.statements
	s := object.union(st, {"frequencies": [{"phrase": phrase, "days": days}]})
]})

ir_policy := with_durations(
	fixtures.policy("Incident Response Policy", "policies/incident-response.md", [["Notification", "Customers are notified of a confirmed breach within 24 hours.", "must"]]),
	[{"phrase": "within 24 hours", "hours": 24}],
)

privacy_policy(hours, phrase) := with_durations(
	fixtures.policy("Privacy Policy", "policies/privacy.md", [["Breaches", sprintf("Affected customers are notified of a personal data breach %s.", [phrase]), "must"]]),
	[{"phrase": phrase, "hours": hours}],
)

test_same_window_passes if {
	count(consistency_parameters.deny) == 0 with input as {"documents": [ir_policy, privacy_policy(24, "within 24 hours")]}
}

test_conflicting_window_reported if {
	consistency_parameters.deny == {{
		"message": {
			"en": "Conflicting breach notification window (customers): within 24 hours at policies/incident-response.md:10, but within 72 hours at policies/privacy.md:10.",
			"es": "Plazo de notificación de brechas contradictorio (clientes): within 24 hours en policies/incident-response.md:10, pero within 72 hours en policies/privacy.md:10.",
		},
		"location": {},
		"criteria": ["CC7.4"],
	}} with input as {"documents": [ir_policy, privacy_policy(72, "within 72 hours")]}
}

test_regulator_and_customer_windows_not_compared if {
	regulator := with_durations(
		fixtures.policy("Privacy Policy", "policies/privacy.md", [["Breaches", "The supervisory authority is notified of a personal data breach within 72 hours.", "must"]]),
		[{"phrase": "within 72 hours", "hours": 72}],
	)
	count(consistency_parameters.deny) == 0 with input as {"documents": [ir_policy, regulator]}
}

test_vendor_duty_not_compared if {
	vendor := with_durations(
		fixtures.policy("Vendor Policy", "policies/vendor.md", [["Contracts", "Vendors must notify customers and us of any breach within 72 hours.", "must"]]),
		[{"phrase": "within 72 hours", "hours": 72}],
	)
	count(consistency_parameters.deny) == 0 with input as {"documents": [ir_policy, vendor]}
}

test_vulnerability_deadline_conflict if {
	isp := with_durations(
		fixtures.policy("Information Security Policy", "isp.md", [["Vulnerability management", "Critical: 30 days", ""]]),
		[{"phrase": "30 days", "hours": 720}],
	)
	vm := with_durations(
		fixtures.policy("Vulnerability Management Policy", "vm.md", [["Remediation", "Critical vulnerabilities are patched within 14 days.", "must"]]),
		[{"phrase": "within 14 days", "hours": 336}],
	)
	fixtures.messages(consistency_parameters.deny) == {"Conflicting vulnerability remediation deadline (critical): 30 days at isp.md:10, but within 14 days at vm.md:10."} with input as {"documents": [isp, vm]}
}

test_different_severities_not_compared if {
	isp := with_durations(
		fixtures.policy("Information Security Policy", "isp.md", [["Vulnerability management", "High: 30 days", ""]]),
		[{"phrase": "30 days", "hours": 720}],
	)
	vm := with_durations(
		fixtures.policy("Vulnerability Management Policy", "vm.md", [["Remediation", "Critical vulnerabilities are patched within 14 days.", "must"]]),
		[{"phrase": "within 14 days", "hours": 336}],
	)
	count(consistency_parameters.deny) == 0 with input as {"documents": [isp, vm]}
}

test_password_length_conflict if {
	a := fixtures.policy("Access Control Policy", "access.md", [["Passwords", "Passwords must be at least 12 characters long.", "must"]])
	b := fixtures.policy("Password Standard", "password.md", [["Length", "User passwords have a minimum of 8 characters.", "must"]])
	violations := consistency_parameters.deny with input as {"documents": [a, b]}
	some v in violations
	v.criteria == ["CC6.1"]
	v.message.en == "Conflicting minimum password length (standard): 12 characters at access.md:10, but 8 characters at password.md:10."
}

test_access_review_frequency_conflict if {
	a := with_frequency(fixtures.policy("Access Control Policy", "access.md", [["Reviews", "Access reviews cover all user accounts quarterly.", ""]]), "quarterly", 91)
	b := with_frequency(fixtures.policy("Information Security Policy", "isp.md", [["Access", "Access reviews of all accounts happen annually.", ""]]), "annually", 365)
	violations := consistency_parameters.deny with input as {"documents": [a, b]}
	{v.criteria[0] | some v in violations} == {"CC6.3"}
}

test_spanish_retention_conflict if {
	a := with_durations(
		fixtures.policy("Política de Copias de Seguridad", "copias.md", [["Conservación", "Los backups se conservan durante 30 días.", ""]]),
		[{"phrase": "30 dias", "hours": 720}],
	)
	b := with_durations(
		fixtures.policy("Política de Continuidad", "continuidad.md", [["Copias", "Los backups se conservan durante 90 días.", ""]]),
		[{"phrase": "90 dias", "hours": 2160}],
	)
	violations := consistency_parameters.deny with input as {"documents": [a, b]}
	some v in violations
	v.message.es == "Plazo de conservación contradictorio (copias de seguridad): 90 dias en continuidad.md:10, pero 30 dias en copias.md:10."
}

test_procedures_not_compared if {
	procedure := object.union(privacy_policy(72, "within 72 hours"), {"kind": "procedure"})
	count(consistency_parameters.deny) == 0 with input as {"documents": [ir_policy, procedure]}
}

test_file_with_several_values_not_compared if {
	doc := fixtures.policy("Privacy Policy", "policies/privacy.md", [
		["Breaches", "Affected customers are notified of a personal data breach within 72 hours.", "must"],
		["Breaches", "Enterprise customers are notified of a confirmed breach within 12 hours.", "must"],
	])
	several := with_durations(doc, [{"phrase": "within 72 hours", "hours": 72}, {"phrase": "within 12 hours", "hours": 12}])
	count(consistency_parameters.deny) == 0 with input as {"documents": [ir_policy, several]}
}

test_privileged_heading_separates_reviews if {
	a := with_frequency(fixtures.policy("Access Control Policy", "access.md", [["Privileged access", "Access reviews are performed quarterly.", ""]]), "quarterly", 91)
	b := with_frequency(fixtures.policy("Information Security Policy", "isp.md", [["Access", "Access reviews of all accounts happen annually.", ""]]), "annually", 365)
	count(consistency_parameters.deny) == 0 with input as {"documents": [a, b]}
}

test_vendor_access_review_not_compared if {
	a := with_frequency(fixtures.policy("Access Control Policy", "access.md", [["Reviews", "Access reviews cover all user accounts quarterly.", ""]]), "quarterly", 91)
	b := with_frequency(fixtures.policy("Vendor Policy", "vendor.md", [["Access", "Access reviews of all vendor accounts happen annually.", ""]]), "annually", 365)
	count(consistency_parameters.deny) == 0 with input as {"documents": [a, b]}
}
