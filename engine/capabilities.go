package engine

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Rules run inside CI jobs on pull requests from people the policy repository
// does not trust, so a rule gets no network, no environment, no files and no
// wall clock. The engine enforces this in two places. CheckBuiltins rejects a
// module that calls a denied builtin, with a message that names it. Capabilities
// removes the same builtins from the compiler, so a call that slips past the
// first check fails to compile as an undefined function.
//
// The denied builtins are exactly those that OPA marks non-deterministic. In
// OPA v1.22 these are http.send, net.lookup_ip_addr, opa.runtime, rand.intn,
// time.now_ns, uuid.rfc4122, io.jwt.decode_verify, io.jwt.encode_sign,
// io.jwt.encode_sign_raw, json.match_schema and json.verify_schema. Taking
// the list from OPA keeps builtins added by later OPA versions out as well.
// Deterministic builtins such as net.cidr_contains, crypto.x509.* and
// time.parse_ns stay available, and so do print and trace.

// deniedReasons explains, per builtin, why a rule may not call it. Builtins
// that OPA marks non-deterministic and that are not listed here get
// defaultDeniedReason.
var deniedReasons = map[string]string{
	"http.send":              "rules get no network, environment or file access",
	"net.lookup_ip_addr":     "rules get no network, environment or file access",
	"opa.runtime":            "rules get no network, environment or file access",
	"time.now_ns":            "rules get no wall clock; compare dates with data.soc2lint.run.as_of, as data.soc2lint.lib.dates does, so a run can be repeated",
	"rand.intn":              "rules must give the same findings on every run",
	"uuid.rfc4122":           "rules must give the same findings on every run",
	"io.jwt.decode_verify":   "its result depends on the wall clock",
	"io.jwt.encode_sign":     "rules must give the same findings on every run",
	"io.jwt.encode_sign_raw": "rules must give the same findings on every run",
	"json.match_schema":      "a schema may reference remote documents, and rules get no network access",
	"json.verify_schema":     "a schema may reference remote documents, and rules get no network access",
}

// defaultDeniedReason applies to a non-deterministic builtin without an entry
// in deniedReasons.
const defaultDeniedReason = "OPA marks it non-deterministic, and rules must give the same findings on every run"

// DeniedBuiltins returns the names of the builtins rules may not call,
// sorted.
func DeniedBuiltins() []string {
	var names []string
	for _, builtin := range ast.CapabilitiesForThisVersion().Builtins {
		if builtin.Nondeterministic {
			names = append(names, builtin.Name)
		}
	}
	slices.Sort(names)
	return names
}

// Capabilities returns the OPA capabilities rules compile with: those of the
// linked OPA version without the denied builtins, and with an empty
// allow_net list, which stops the compiler from fetching remote JSON schemas.
func Capabilities() *ast.Capabilities {
	caps := ast.CapabilitiesForThisVersion()

	kept := caps.Builtins[:0]
	for _, builtin := range caps.Builtins {
		if !builtin.Nondeterministic {
			kept = append(kept, builtin)
		}
	}
	caps.Builtins = kept

	caps.AllowNet = []string{}
	return caps
}

// CheckBuiltins returns an error for every call to a denied builtin in
// modules, one line each as FILE:LINE: builtin NAME is not allowed in
// soc2lint rules: REASON. It returns nil when no module calls one.
func CheckBuiltins(modules map[string]*ast.Module) error {
	denied := map[string]bool{}
	for _, name := range DeniedBuiltins() {
		denied[name] = true
	}

	var found []*deniedCall
	for _, module := range modules {
		found = append(found, deniedCalls(module, denied)...)
	}
	if len(found) == 0 {
		return nil
	}

	slices.SortFunc(found, func(a, b *deniedCall) int {
		if c := strings.Compare(a.file, b.file); c != 0 {
			return c
		}
		return a.line - b.line
	})

	errs := make([]error, 0, len(found))
	for _, call := range found {
		errs = append(errs, call)
	}
	return errors.Join(errs...)
}

// deniedCall is one call to a denied builtin.
type deniedCall struct {
	file    string
	line    int
	builtin string
}

func (c *deniedCall) Error() string {
	reason, ok := deniedReasons[c.builtin]
	if !ok {
		reason = defaultDeniedReason
	}
	return fmt.Sprintf("%s:%d: builtin %s is not allowed in soc2lint rules: %s", c.file, c.line, c.builtin, reason)
}

// deniedCalls finds the calls to denied builtins in module: call expressions
// such as `x := http.send(req)` (whose operator is the first term) and
// nested calls such as `count(http.send(req).body)`. A reference that is not
// called, such as a local variable named http with a send key, is not a
// call and is not reported.
func deniedCalls(module *ast.Module, denied map[string]bool) []*deniedCall {
	var found []*deniedCall
	report := func(operator *ast.Term) {
		ref, ok := operator.Value.(ast.Ref)
		if !ok || !denied[ref.String()] {
			return
		}
		call := &deniedCall{builtin: ref.String(), file: module.Package.Location.File}
		if operator.Location != nil {
			call.file, call.line = operator.Location.File, operator.Location.Row
		}
		found = append(found, call)
	}

	ast.WalkExprs(module, func(expr *ast.Expr) bool {
		if terms, ok := expr.Terms.([]*ast.Term); ok && len(terms) > 0 {
			report(terms[0])
		}
		return false
	})
	ast.WalkTerms(module, func(term *ast.Term) bool {
		if call, ok := term.Value.(ast.Call); ok && len(call) > 0 {
			report(call[0])
		}
		return false
	})

	return found
}
