# METADATA
# title: Policy names an accountable owner
# description: A policy without an owner has no one to keep it current.
# custom:
#   id: custom-owner-named
#   title_es: La política nombra un responsable
#   criteria: [CC5.3]
#   severity: warning
#   remediation:
#     en: Add an owner to the document control block.
#     es: Añada un responsable al bloque de control del documento.
package soc2lint.rules.custom.owner_named

import data.soc2lint.lib.result

# METADATA
# scope: document
# description: One violation when the policy names no owner.
# METADATA
# title: Missing owner
deny contains result.fail_file(
	sprintf("%s names no owner", [input.file]),
	sprintf("%s no nombra un responsable", [input.file]),
) if {
	input.kind == "policy"
	input.metadata.owner == ""
}
