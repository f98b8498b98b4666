package i18n

import (
	"bufio"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// readme is the structure of a README that must match between languages.
type readme struct {
	// sections are the level-2 headings, translated, so only their count
	// is compared.
	sections []string

	// fences are the info strings of every fenced block, in order.
	fences []string

	// commands are the lines of the shell blocks, which stay untranslated.
	commands []string

	// flags are the command-line flags the prose and tables mention.
	flags []string
}

var (
	flagPattern   = regexp.MustCompile("`[^`]*`")
	flagInSnippet = regexp.MustCompile(`(?:^|\s)(--[a-z][a-z-]+)`)
)

// shellFences are the info strings of blocks that hold commands.
var shellFences = []string{"sh", "bash", "shell", "console"}

func readReadme(t *testing.T, path string) readme {
	t.Helper()
	file, err := os.Open(path)
	if err != nil {
		t.Fatalf("opening %s: %v", path, err)
	}
	defer file.Close()

	var r readme
	inFence, shell := false, false
	scanner := bufio.NewScanner(file)
	for scanner.Scan() {
		line := scanner.Text()

		if strings.HasPrefix(line, "```") {
			if !inFence {
				info := strings.TrimSpace(strings.TrimPrefix(line, "```"))
				r.fences = append(r.fences, info)
				shell = slices.Contains(shellFences, info)
			}
			inFence = !inFence
			continue
		}
		if inFence {
			if shell {
				r.commands = append(r.commands, line)
			}
			continue
		}

		if strings.HasPrefix(line, "## ") {
			r.sections = append(r.sections, line)
		}
		for _, snippet := range flagPattern.FindAllString(line, -1) {
			for _, match := range flagInSnippet.FindAllStringSubmatch(strings.Trim(snippet, "`"), -1) {
				r.flags = append(r.flags, match[1])
			}
		}
	}
	if err := scanner.Err(); err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}

	slices.Sort(r.flags)
	r.flags = slices.Compact(r.flags)
	return r
}

// TestReadmesInStep checks that README.es.md follows README.md: the same
// number of sections, the same kinds of code blocks in the same order, the
// same shell commands and the same flags.
func TestReadmesInStep(t *testing.T) {
	english := readReadme(t, "../README.md")
	spanish := readReadme(t, "../README.es.md")

	if len(english.sections) != len(spanish.sections) {
		t.Errorf("README.md has %d level-2 sections, README.es.md %d\nEnglish: %q\nSpanish: %q",
			len(english.sections), len(spanish.sections), english.sections, spanish.sections)
	}
	if !slices.Equal(english.fences, spanish.fences) {
		t.Errorf("code blocks differ\nREADME.md:    %q\nREADME.es.md: %q", english.fences, spanish.fences)
	}
	if !slices.Equal(english.commands, spanish.commands) {
		t.Errorf("shell commands differ\nREADME.md:    %q\nREADME.es.md: %q", english.commands, spanish.commands)
	}
	if !slices.Equal(english.flags, spanish.flags) {
		t.Errorf("flags mentioned differ\nREADME.md:    %q\nREADME.es.md: %q", english.flags, spanish.flags)
	}
	if len(english.commands) == 0 || len(english.flags) == 0 {
		t.Errorf("README.md has %d shell lines and %d flags; the parser found nothing to compare", len(english.commands), len(english.flags))
	}
}
