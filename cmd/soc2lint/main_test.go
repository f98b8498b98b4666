package main

import (
	"os"
	"testing"
)

// TestMain clears the locale variables, because the command picks its
// language from them and the tests expect English unless they set --lang or
// the locale themselves.
func TestMain(m *testing.M) {
	for _, name := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
		os.Unsetenv(name)
	}
	os.Exit(m.Run())
}
