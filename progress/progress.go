// Package progress decides whether a lint run shows a progress bar and
// draws it on standard error: files parsed out of the total, then a line
// saying that the rules are being evaluated.
package progress

// Runs at or above these sizes count as long enough for a progress bar.
// Below them a run on a laptop finishes in about a second, and a bar would
// only flicker.
const (
	// MinFiles is the file count above which a run shows a bar.
	MinFiles = 20

	// LargeFileBytes is the file size above which one file alone makes a
	// run show a bar: PDF and XLSX files of this size take seconds to parse.
	LargeFileBytes = 5 << 20
)

// Conditions describe a run and where its diagnostics go.
type Conditions struct {
	// TTY is true when standard error is a terminal.
	TTY bool

	// CI is the value of the CI environment variable, which CI services
	// such as GitHub Actions and GitLab CI set to "true".
	CI string

	// Quiet is true under --quiet.
	Quiet bool

	// Files is the number of files to parse.
	Files int

	// LargestBytes is the size of the largest file to parse.
	LargestBytes int64
}

// Enabled reports whether a run shows a progress bar: when Allowed and Long
// both hold.
func Enabled(c Conditions) bool {
	return Allowed(c) && Long(c)
}

// Allowed reports whether a bar may be drawn at all: only on a terminal,
// outside CI and without --quiet. NO_COLOR does not matter because the bar
// uses no color.
func Allowed(c Conditions) bool {
	return c.TTY && !inCI(c.CI) && !c.Quiet
}

// Long reports whether the run is long enough for a bar: more than MinFiles
// files, or a file over LargeFileBytes.
func Long(c Conditions) bool {
	return c.Files > MinFiles || c.LargestBytes > LargeFileBytes
}

// inCI reports whether the CI variable is set to anything but an explicit
// false.
func inCI(value string) bool {
	switch value {
	case "", "0", "false", "FALSE", "False":
		return false
	}
	return true
}
