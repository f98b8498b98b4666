// Package rulesload reads custom Rego rules from folders and runs their
// tests.
//
// Custom rules are Rego v1 modules with the same package layout and METADATA
// schema as the built-in rules (see docs/writing-rules.md). Loading rejects
// what would otherwise fail silently or late: files in Rego v0 syntax, with a
// message on how to migrate; METADATA blocks that OPA would cut short
// because a comment line is indented; modules that add rules to a built-in
// package; rule ids that a built-in rule already uses; and calls to
// builtins that reach outside the rule (see engine.CheckBuiltins).
package rulesload
