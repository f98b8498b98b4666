# METADATA
# title: Reads a slow helper
# description: Depends on data.slow.count_big, which takes minutes to compute.
# custom:
#   id: test-slow-reader
#   criteria: [CC5.3]
#   severity: info
package soc2lint.rules.test.slow_reader

deny contains {"message": {"en": sprintf("%d multiples of 7", [data.slow.count_big])}, "location": {"line": 1}} if {
	input.kind == "policy"
}
