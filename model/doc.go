// Package model holds the normalized document that every parser produces and
// every rule reads.
//
// A Document serialized to JSON is the Rego `input` of a document rule, so its
// field names and meanings are a public contract for custom rules: add fields,
// never rename or repurpose one. docs/document-model.md describes each field
// with an example.
package model
