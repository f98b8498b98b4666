package main

import (
	"errors"
	"fmt"
	"io"
)

// Exit codes. They are part of the command-line contract, documented in
// --help and the README.
const (
	// ExitOK means no finding at or above the --fail-on severity.
	ExitOK = 0

	// ExitFindings means at least one finding at or above --fail-on.
	ExitFindings = 1

	// ExitError means a usage, configuration or internal error.
	ExitError = 2
)

// exitError carries an exit code out of a command. A nil err means the
// command already reported what happened.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// usageError marks a mistake in the command line or configuration.
func usageError(format string, args ...any) error {
	return &exitError{code: ExitError, err: fmt.Errorf(format, args...)}
}

// exitCode maps a command's error to an exit code and prints the error.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return ExitOK
	}

	var exit *exitError
	if errors.As(err, &exit) {
		if exit.err != nil {
			fmt.Fprintf(stderr, "soc2lint: %v\n", exit.err)
		}
		return exit.code
	}

	fmt.Fprintf(stderr, "soc2lint: %v\n", err)
	return ExitError
}
