# METADATA
# title: Owner named
  # description: this line starts with two spaces
# custom:
#   id: custom-indent
#   criteria: [CC5.3]
#   severity: warning
package soc2lint.rules.custom.indent

deny contains {"message": {"en": "no owner"}} if input.metadata.owner == "" # a comment after code is fine
