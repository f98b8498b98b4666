package soc2lint.rules.privacy.complaints_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.privacy.complaints

test_complaint_process_passes if {
	doc := fixtures.policy("Privacy Notice", "privacy.md", [["Complaints", "You may lodge a complaint with our DPO, who replies within 30 days.", "may"]])
	count(complaints.deny) == 0 with input as doc
}

test_questions_only_flagged if {
	doc := fixtures.policy("Privacy Notice", "privacy.md", [["Contact", "Questions can be sent to privacy@example.com.", "may"]])
	complaints.deny == {{
		"message": {
			"en": "The privacy document has no process for receiving and resolving privacy complaints or disputes.",
			"es": "El documento de privacidad no tiene un proceso para recibir y resolver quejas o reclamaciones de privacidad.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_spanish_reclamacion_passes if {
	doc := fixtures.policy("Aviso de Privacidad", "privacidad.md", [["Reclamaciones", "Puede presentar una reclamación ante la autoridad de control.", "may"]])
	count(complaints.deny) == 0 with input as doc
}
