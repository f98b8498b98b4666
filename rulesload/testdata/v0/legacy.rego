package soc2lint.rules.custom.legacy

deny[msg] {
	input.metadata.owner == ""
	msg := {"message": {"en": "no owner"}}
}
