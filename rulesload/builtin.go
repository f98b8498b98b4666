package rulesload

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// checkAgainstBuiltin keeps custom modules from changing built-in rules. A
// custom module may not use a built-in file name, declare a built-in package
// (or one below it), define a rule inside a built-in package through a rule
// head reference such as `rules.access.mfa.deny contains ...`, or reuse a
// built-in rule id. Without these checks a custom file could add findings
// under a built-in rule's id or change a shared helper.
func checkAgainstBuiltin(custom, builtin map[string]*ast.Module) error {
	var packages []ast.Ref
	ids := map[string]string{}
	for name, module := range builtin {
		packages = append(packages, module.Package.Path)
		if id := packageRuleID(module); id != "" {
			ids[id] = name
		}
	}

	names := make([]string, 0, len(custom))
	for name := range custom {
		names = append(names, name)
	}
	sort.Strings(names)

	var errs []error
	for _, name := range names {
		module := custom[name]

		if _, clash := builtin[name]; clash {
			errs = append(errs, fmt.Errorf("%s: file has the same path as a built-in rule file; move it to another folder", name))
			continue
		}

		if pkg := builtinPackageOf(module.Package.Path, packages); pkg != nil {
			errs = append(errs, fmt.Errorf("%s:%d: package %s is part of the built-in package %s; give custom rules their own package, such as soc2lint.rules.custom.NAME",
				name, module.Package.Location.Row, packagePath(module.Package.Path), packagePath(pkg)))
			continue
		}

		for _, rule := range module.Rules {
			path := module.Package.Path.Extend(rule.Head.Ref()).GroundPrefix()
			if pkg := overlappingPackage(path, packages); pkg != nil {
				errs = append(errs, fmt.Errorf("%s:%d: rule %s writes into the built-in package %s; give custom rules their own package",
					name, rule.Location.Row, path, packagePath(pkg)))
			}
		}

		if id := packageRuleID(module); id != "" {
			if other, clash := ids[id]; clash {
				errs = append(errs, fmt.Errorf("%s:%d: rule id %s is already used by the built-in rule in %s; choose another METADATA custom.id",
					name, module.Package.Location.Row, id, other))
			}
		}
	}

	return errors.Join(errs...)
}

// builtinPackageOf returns the built-in package that path equals or lies
// below, or nil.
func builtinPackageOf(path ast.Ref, packages []ast.Ref) ast.Ref {
	for _, pkg := range packages {
		if path.HasPrefix(pkg) {
			return pkg
		}
	}
	return nil
}

// overlappingPackage returns the built-in package that a rule at path would
// write into or replace, or nil. path is the ground prefix of the rule's
// full reference, so a rule whose head reference holds a variable counts as
// writing anywhere below that prefix.
func overlappingPackage(path ast.Ref, packages []ast.Ref) ast.Ref {
	for _, pkg := range packages {
		if path.HasPrefix(pkg) || pkg.HasPrefix(path) {
			return pkg
		}
	}
	return nil
}

// packageRuleID returns the custom.id of the module's package-scope METADATA,
// or "".
func packageRuleID(module *ast.Module) string {
	for _, annotation := range module.Annotations {
		if annotation.Scope != "package" {
			continue
		}
		if id, ok := annotation.Custom["id"].(string); ok {
			return id
		}
	}
	return ""
}

// packagePath writes a package reference without the data prefix, as in a
// package declaration.
func packagePath(ref ast.Ref) string {
	return strings.TrimPrefix(ref.String(), "data.")
}
