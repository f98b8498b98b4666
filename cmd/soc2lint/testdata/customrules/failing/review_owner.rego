# METADATA
# title: Policy names who approved it
# description: An auditor asks who approved each policy; a policy without an approver fails that test.
# custom:
#   id: custom-approver-named
#   title_es: La política nombra quién la aprobó
#   criteria: [CC5.3]
#   severity: warning
#   remediation:
#     en: Add approved_by to the document control block.
#     es: Añada approved_by al bloque de control del documento.
package soc2lint.rules.custom.approver_named

import data.soc2lint.lib.result

deny contains result.fail_file(
	sprintf("%s names no approver", [input.file]),
	sprintf("%s no nombra quién la aprobó", [input.file]),
) if {
	input.kind == "policy"
	input.metadata.approved_by == ""
}
