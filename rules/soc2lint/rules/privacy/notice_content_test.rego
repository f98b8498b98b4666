package soc2lint.rules.privacy.notice_content_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.privacy.notice_content

notice(lines) := fixtures.policy("Privacy Notice", "legal/privacy-notice.md", lines)

full_notice := [
	["Information We Collect", "We collect your name, work email and sign-in times.", ""],
	["How We Use Information", "We use this information to provide and secure the service.", ""],
	["How We Share Information", "We share it with hosting providers under written contracts.", ""],
	["Your Choices", "You can opt out of marketing email at any time.", ""],
	["Keeping Information", "We keep account data for two years after the account closes.", ""],
	["Contact", "Write to privacy@example.com with any question.", ""],
]

test_complete_notice_passes if {
	count(notice_content.deny) == 0 with input as notice(full_notice)
}

test_missing_elements_listed if {
	doc := notice([
		["Information We Collect", "We collect your name and email address.", ""],
		["How We Use Information", "We use it to run the service.", ""],
	])
	notice_content.deny == {{
		"message": {
			"en": "The privacy notice does not cover: sharing and recipients, choices and consent, retention, privacy contact.",
			"es": "El aviso de privacidad no trata: comunicaciones y destinatarios, opciones y consentimiento, plazo de conservación, contacto de privacidad.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_policy_requiring_notice_passes if {
	doc := fixtures.policy("Privacy Policy", "policies/privacy.md", [
		["Policy", "A privacy notice must be published describing how personal data is used.", "must"],
		["Policy", "Personal data is collected only for stated purposes.", ""],
		["Policy", "Requests from data subjects are answered within 30 days.", ""],
	])
	count(notice_content.deny) == 0 with input as doc
}

test_policy_without_notice_flagged if {
	doc := fixtures.policy("Privacy Policy", "policies/privacy.md", [
		["Policy", "Personal data is encrypted at rest.", ""],
		["Policy", "Access to personal data is logged.", ""],
		["Policy", "Personal data is deleted after two years.", ""],
	])
	fixtures.messages(notice_content.deny) == {"The privacy policy does not require a privacy notice to be given to individuals."} with input as doc
}

test_other_topics_skipped if {
	doc := fixtures.policy("Access Control Policy", "access.md", [["Access", "Access is approved by managers.", ""]])
	count(notice_content.deny) == 0 with input as doc
}

test_spanish_notice_passes if {
	doc := fixtures.policy("Aviso de Privacidad", "legal/aviso-privacidad.md", [
		["Datos que tratamos", "Recogemos su nombre y su correo electrónico.", ""],
		["Finalidad", "Usamos sus datos para prestar el servicio.", ""],
		["Destinatarios", "Compartimos los datos con proveedores de alojamiento.", ""],
		["Sus derechos", "Puede retirar su consentimiento en cualquier momento.", ""],
		["Conservación", "Conservamos los datos durante dos años.", ""],
		["Contacto", "Escriba a privacidad@example.com.", ""],
	])
	count(notice_content.deny) == 0 with input as doc
}

test_spanish_notice_missing_contact if {
	doc := fixtures.policy("Aviso de Privacidad", "legal/aviso-privacidad.md", [
		["Datos que tratamos", "Recogemos su nombre.", ""],
		["Finalidad", "Usamos sus datos para prestar el servicio.", ""],
		["Destinatarios", "No cedemos datos a terceros.", ""],
		["Sus derechos", "Puede oponerse al tratamiento.", ""],
		["Conservación", "Conservamos los datos durante dos años.", ""],
	])
	violations := notice_content.deny with input as doc
	some v in violations
	v.message.es == "El aviso de privacidad no trata: contacto de privacidad."
}

test_processing_agreement_skipped if {
	doc := fixtures.policy("GDPR Data Processing Agreement", "ref/gdpr-dpa.md", [
		["Processing", "The processor processes personal data only on documented instructions.", "must"],
		["Security", "The processor protects personal data.", ""],
		["Audit", "The controller may audit the processor.", ""],
	])
	count(notice_content.deny) == 0 with input as doc
}

test_data_security_policy_skipped if {
	doc := fixtures.policy("Data Protection", "policies/data-protection.md", [
		["Storage", "Customer data is encrypted at rest.", "must"],
		["Transit", "Data in transit uses TLS 1.2.", "must"],
		["Keys", "Keys are rotated every year.", ""],
	])
	count(notice_content.deny) == 0 with input as doc
}

test_spanish_data_protection_policy_counts if {
	doc := fixtures.policy("Política de Protección de Datos", "politicas/proteccion-datos.md", [
		["Datos", "Se tratan datos personales de clientes.", ""],
		["Seguridad", "Los datos se cifran.", ""],
		["Accesos", "El acceso se registra.", ""],
	])
	fixtures.messages(notice_content.deny) == {"The privacy policy does not require a privacy notice to be given to individuals."} with input as doc
}
