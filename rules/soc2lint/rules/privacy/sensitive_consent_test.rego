package soc2lint.rules.privacy.sensitive_consent_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.privacy.sensitive_consent

test_explicit_consent_passes if {
	doc := fixtures.policy("Privacy Policy", "privacy.md", [
		["Collection", "We collect health information from wellness program members.", ""],
		["Consent", "Members give explicit consent before any health data is recorded.", "must"],
	])
	count(sensitive_consent.deny) == 0 with input as doc
}

test_negated_collection_passes if {
	doc := fixtures.policy("Privacy Notice", "privacy.md", [["Collection", "We do not collect health or biometric data.", ""]])
	count(sensitive_consent.deny) == 0 with input as doc
}

test_sensitive_without_consent_flagged if {
	doc := fixtures.policy("Privacy Policy", "privacy.md", [["Collection", "We collect biometric templates to unlock the mobile app.", ""]])
	sensitive_consent.deny == {{
		"message": {
			"en": "Sensitive personal information is collected, but the document does not require explicit consent: \"We collect biometric templates to unlock the mobile app.\"",
			"es": "Se recogen datos personales sensibles, pero el documento no exige consentimiento explícito: \"We collect biometric templates to unlock the mobile app.\"",
		},
		"location": {"line": 10},
	}} with input as doc
}

test_spanish_without_consent_flagged if {
	doc := fixtures.policy("Política de Privacidad", "privacidad.md", [["Datos", "Recogemos datos de salud de los pacientes.", ""]])
	count(sensitive_consent.deny) == 1 with input as doc
}

test_spanish_explicit_consent_passes if {
	doc := fixtures.policy("Política de Privacidad", "privacidad.md", [
		["Datos", "Recogemos datos de salud de los pacientes.", ""],
		["Consentimiento", "Se obtiene el consentimiento explícito del paciente.", "must"],
	])
	count(sensitive_consent.deny) == 0 with input as doc
}
