package rulesload

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Parse parses source as a Rego v1 module named name, with METADATA
// annotations processed. A module written in Rego v0 syntax gets the parse
// errors and a note on how to migrate it. A METADATA block with an indented
// comment line is an error, because OPA would end the block at that line and
// drop the annotations after it without a message.
func Parse(name string, source []byte) (*ast.Module, error) {
	module, err := ast.ParseModuleWithOpts(name, string(source), ast.ParserOptions{
		ProcessAnnotation: true,
		RegoVersion:       ast.RegoV1,
	})
	if err != nil {
		return nil, parseError(name, source, err)
	}
	if module == nil {
		return nil, fmt.Errorf("%s: file has no package declaration; start it with `package soc2lint.rules.GROUP.NAME`", name)
	}

	if err := checkMetadataIndent(name, source, module.Comments); err != nil {
		return nil, err
	}
	return module, nil
}

// parseError formats the Rego v1 parse errors one per line as FILE:LINE:
// MESSAGE. When the source parses as Rego v0, it adds how to migrate.
func parseError(name string, source []byte, err error) error {
	var errs []error

	var astErrs ast.Errors
	if errors.As(err, &astErrs) {
		for _, e := range astErrs {
			errs = append(errs, fmt.Errorf("%s: %s", locationOf(name, e.Location), e.Message))
		}
	} else {
		errs = append(errs, fmt.Errorf("%s: %w", name, err))
	}

	if isRegoV0(name, source) {
		errs = append(errs, fmt.Errorf("%s: the file is written in Rego v0 syntax, but soc2lint reads Rego v1: "+
			"run `opa fmt --v0-v1 --write %s`, or add `if` before every rule body and write partial set rules "+
			"as `deny contains msg if { ... }` instead of `deny[msg] { ... }`", name, name))
	}

	return errors.Join(errs...)
}

// isRegoV0 reports whether source parses as a Rego v0 module.
func isRegoV0(name string, source []byte) bool {
	_, err := ast.ParseModuleWithOpts(name, string(source), ast.ParserOptions{RegoVersion: ast.RegoV0})
	return err == nil
}

// locationOf writes a parse error location as FILE:LINE, or FILE alone when
// the parser gave no row.
func locationOf(name string, location *ast.Location) string {
	if location == nil || location.Row == 0 {
		return name
	}
	return fmt.Sprintf("%s:%d", name, location.Row)
}

// checkMetadataIndent rejects METADATA blocks that OPA would read only in
// part or not at all. OPA (v1.22, ast/parser.go) takes as a block the
// comment lines that start at column 1 on consecutive rows after a
// `# METADATA` line at column 1. An indented comment line ends the block
// silently, so the keys after it (often custom.id or criteria) are lost, and
// an indented `# METADATA` line does not start a block at all.
func checkMetadataIndent(name string, source []byte, comments []*ast.Comment) error {
	lines := bytes.Split(source, []byte("\n"))
	var errs []error

	for i, comment := range comments {
		if !isMetadataLine(comment) {
			continue
		}

		if comment.Location.Col != 1 {
			if wholeLine(lines, comment.Location) {
				errs = append(errs, fmt.Errorf("%s:%d: `# METADATA` is indented, so OPA ignores the whole block; start it and every line of the block at column 1",
					name, comment.Location.Row))
			}
			continue
		}

		for j := i + 1; j < len(comments); j++ {
			next, previous := comments[j], comments[j-1]
			if next.Location.Row != previous.Location.Row+1 || isMetadataLine(next) {
				break
			}
			if next.Location.Col != 1 {
				if wholeLine(lines, next.Location) {
					errs = append(errs, fmt.Errorf("%s:%d: comment line in the METADATA block that starts at line %d is indented, so OPA ends the block here and drops the lines after it; start every line of the block at column 1",
						name, next.Location.Row, comment.Location.Row))
				}
				break
			}
		}
	}

	return errors.Join(errs...)
}

// isMetadataLine reports whether comment reads `# METADATA`, wherever it
// starts.
func isMetadataLine(comment *ast.Comment) bool {
	return comment.Location != nil && strings.TrimSpace(string(comment.Text)) == "METADATA"
}

// wholeLine reports whether only white space precedes the comment on its
// line, which separates an indented comment line from a comment after code.
func wholeLine(lines [][]byte, location *ast.Location) bool {
	row := location.Row - 1
	if row < 0 || row >= len(lines) {
		return false
	}
	line := lines[row]
	column := min(location.Col-1, len(line))
	return len(bytes.TrimSpace(line[:column])) == 0
}
