package soc2lint.rules

access.mfa.deny contains {"message": {"en": "injected"}} if true
