package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/soc2lint/soc2lint/finding"
)

// GitHub writes GitHub Actions workflow commands (::error, ::warning,
// ::notice), which annotate the lines of a pull request, followed by a
// summary line.
type GitHub struct{}

// Write writes one workflow command per finding that is not suppressed.
func (GitHub) Write(w io.Writer, r *Report) error {
	for _, f := range r.Findings {
		if f.Suppressed() {
			continue
		}
		var props []string
		if f.File != "" {
			props = append(props, "file="+escapeProperty(f.File))
			if f.Line > 0 {
				props = append(props, fmt.Sprintf("line=%d", f.Line))
			}
		}
		title := fmt.Sprintf("[%s] %s", f.RuleID, strings.Join(f.Criteria, ","))
		props = append(props, "title="+escapeProperty(title))

		message := f.Message
		if f.Remediation != "" {
			message += "\n" + f.Remediation
		}

		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", githubCommand(f.Severity), strings.Join(props, ","), escapeData(message)); err != nil {
			return fmt.Errorf("writing GitHub annotations: %w", err)
		}
	}

	s := r.Summary
	suppressed := ""
	if s.Suppressed > 0 {
		suppressed = fmt.Sprintf(", %d suppressed", s.Suppressed)
	}
	_, err := fmt.Fprintf(w, "soc2lint: %d findings (%d errors, %d warnings, %d info) in %d documents%s\n",
		s.Findings, s.Errors, s.Warnings, s.Info, s.Documents, suppressed)
	return err
}

func githubCommand(severity string) string {
	switch severity {
	case finding.SeverityError:
		return "error"
	case finding.SeverityWarning:
		return "warning"
	}
	return "notice"
}

// escapeData escapes a workflow command's message: %, CR and LF.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value, which also
// may not contain : or , unescaped.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
