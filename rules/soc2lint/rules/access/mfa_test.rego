package soc2lint.rules.access.mfa_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.access.mfa

access_policy(lines) := fixtures.policy("Access Control Policy", "policies/access-control.md", lines)

test_mfa_required_for_admins_passes if {
	doc := access_policy([["Authentication", "Multi-factor authentication is required for all administrator and VPN access.", "must"]])
	count(mfa.deny) == 0 with input as doc
}

test_hardware_keys_for_everyone_pass if {
	doc := access_policy([["Authentication", "Every user signs in with a FIDO2 hardware key.", ""]])
	count(mfa.deny) == 0 with input as doc
}

test_recommended_for_console_flagged if {
	doc := access_policy([
		["Authentication", "MFA is required for the SSO portal.", "must"],
		["Authentication", "Engineers are strongly encouraged to enable MFA on cloud console accounts.", "should"],
	])
	mfa.deny == {{
		"message": {
			"en": "MFA for privileged or remote access is only recommended or optional, not required: \"Engineers are strongly encouraged to enable MFA on cloud console accounts.\"",
			"es": "La MFA para accesos privilegiados o remotos solo se recomienda o es opcional, no es obligatoria: \"Engineers are strongly encouraged to enable MFA on cloud console accounts.\"",
		},
		"location": {"line": 12},
	}} with input as doc
}

test_where_possible_hedge_flagged if {
	doc := access_policy([["Authentication", "Database administrators must use two-factor login where possible.", "must"]])
	count(mfa.deny) == 1 with input as doc
}

test_no_mfa_for_privileged_flagged if {
	doc := access_policy([["Authentication", "MFA is required for corporate email.", "must"]])
	fixtures.messages(mfa.deny) == {"The access-control policy does not require MFA for privileged, production or remote access."} with input as doc
}

test_other_topics_skipped if {
	doc := fixtures.policy("Privacy Notice", "privacy.md", [["Data", "We collect your name.", ""]])
	count(mfa.deny) == 0 with input as doc
}

test_spanish_mfa_required_passes if {
	doc := fixtures.policy("Política de Control de Accesos", "politicas/control-accesos.md", [
		["Autenticación", "La autenticación multifactor es obligatoria para todos los accesos remotos y de administrador.", "must"],
	])
	count(mfa.deny) == 0 with input as doc
}

test_spanish_mfa_recommended_flagged if {
	doc := fixtures.policy("Política de Control de Accesos", "politicas/control-accesos.md", [
		["Autenticación", "Se recomienda el doble factor para las cuentas de administrador de bases de datos.", "should"],
	])
	violations := mfa.deny with input as doc
	some v in violations
	v.location == {"line": 10}
	startswith(v.message.es, "La MFA para accesos privilegiados o remotos solo se recomienda")
}
