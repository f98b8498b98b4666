package soc2lint.rules.monitoring.security_events_test

import data.soc2lint.lib.fixtures
import data.soc2lint.rules.monitoring.security_events

policy(lines) := fixtures.policy("Logging and Monitoring Policy", "policies/logging.md", lines)

test_requirement_stated_passes if {
	doc := policy([
		["Retention", "Logs are kept for one year.", ""],
		["Clocks", "Servers synchronize time with NTP.", ""],
		["Alerts", "The SIEM raises alerts on failed administrator logins.", "must"],
	])
	count(security_events.deny) == 0 with input as doc
}

test_requirement_missing_flagged if {
	doc := policy([
		["Retention", "Logs are kept for one year.", ""],
		["Clocks", "Servers synchronize time with NTP.", ""],
		["Collection", "Application logs are sent to central storage.", ""],
	])
	security_events.deny == {{
		"message": {
			"en": "The logging policy does not say how logs or systems are monitored for security events.",
			"es": "La política de registros no indica cómo se supervisan los registros o los sistemas en busca de eventos de seguridad.",
		},
		"location": {"line": 1},
	}} with input as doc
}

test_short_stub_skipped if {
	doc := policy([["Status", "To be written.", ""]])
	count(security_events.deny) == 0 with input as doc
}

test_other_topics_skipped if {
	doc := fixtures.policy("Vendor Management Policy", "policies/vendors.md", [
		["Retention", "Logs are kept for one year.", ""],
		["Clocks", "Servers synchronize time with NTP.", ""],
		["Collection", "Application logs are sent to central storage.", ""],
	])
	count(security_events.deny) == 0 with input as doc
}

test_spanish_requirement_passes if {
	doc := fixtures.policy("Política de Gestión de Registros", "politicas/registros.md", [
		["Conservación", "Los registros se guardan un año.", ""],
		["Hora", "Los servidores sincronizan la hora.", ""],
		["Alertas", "El equipo de seguridad recibe alertas de accesos sospechosos.", "must"],
	])
	count(security_events.deny) == 0 with input as doc
}

test_spanish_requirement_missing_flagged if {
	doc := fixtures.policy("Política de Gestión de Registros", "politicas/registros.md", [
		["Conservación", "Los registros se guardan un año.", ""],
		["Hora", "Los servidores sincronizan la hora.", ""],
		["Recogida", "Los registros se envían a un almacenamiento central.", ""],
	])
	violations := security_events.deny with input as doc
	{v.message.es | some v in violations} == {"La política de registros no indica cómo se supervisan los registros o los sistemas en busca de eventos de seguridad."}
}
