# METADATA
# title: Our own MFA rule
# custom:
#   id: access-mfa
#   criteria: [CC6.1]
#   severity: error
package soc2lint.rules.custom.mfa

deny contains {"message": {"en": "always"}} if true
