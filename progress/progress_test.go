package progress

import (
	"bytes"
	"strings"
	"sync"
	"testing"
)

func TestEnabled(t *testing.T) {
	tests := []struct {
		name string
		c    Conditions
		want bool
	}{
		{"many files on a terminal", Conditions{TTY: true, Files: MinFiles + 1}, true},
		{"one large file on a terminal", Conditions{TTY: true, Files: 1, LargestBytes: LargeFileBytes + 1}, true},
		{"few small files", Conditions{TTY: true, Files: MinFiles, LargestBytes: LargeFileBytes}, false},
		{"pipe", Conditions{TTY: false, Files: 500}, false},
		{"CI true", Conditions{TTY: true, CI: "true", Files: 500}, false},
		{"CI any value", Conditions{TTY: true, CI: "1", Files: 500}, false},
		{"CI false", Conditions{TTY: true, CI: "false", Files: 500}, true},
		{"quiet", Conditions{TTY: true, Quiet: true, Files: 500}, false},
		{"no files", Conditions{TTY: true}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Enabled(tt.c); got != tt.want {
				t.Errorf("Enabled(%+v) = %v, want %v", tt.c, got, tt.want)
			}
		})
	}
}

// newTestBar returns a bar that draws every update, so the buffer shows
// each step.
func newTestBar(lang string) (*Bar, *bytes.Buffer) {
	var buf bytes.Buffer
	bar := New(&buf, lang)
	bar.throttle = 0
	return bar, &buf
}

func TestBarShowsCountsThenEvaluation(t *testing.T) {
	bar, buf := newTestBar("en")
	for done := 0; done <= 3; done++ {
		bar.Update(done, 3)
	}
	out := buf.String()

	for _, want := range []string{"parsing files", "(1/3)", "(2/3)", "evaluating rules"} {
		if !strings.Contains(out, want) {
			t.Errorf("output %q lacks %q", out, want)
		}
	}
	if strings.Index(out, "evaluating rules") < strings.Index(out, "(2/3)") {
		t.Errorf("evaluation shown before parsing finished: %q", out)
	}
}

func TestBarFinishClearsLine(t *testing.T) {
	bar, buf := newTestBar("en")
	bar.Update(0, 2)
	bar.Update(1, 2)
	before := buf.Len()
	bar.Finish()

	tail := buf.String()[before:]
	if strings.TrimSpace(tail) != "" || !strings.HasSuffix(tail, "\r") {
		t.Errorf("Finish wrote %q, want blanks ending in a carriage return", tail)
	}
	if strings.Contains(buf.String(), "\n") {
		t.Errorf("bar wrote a newline: %q", buf.String())
	}
}

func TestBarSpanish(t *testing.T) {
	bar, buf := newTestBar("es")
	bar.Update(0, 1)
	bar.Update(1, 1)
	bar.Finish()

	out := buf.String()
	if !strings.Contains(out, "leyendo archivos") || !strings.Contains(out, "evaluando reglas") {
		t.Errorf("Spanish labels missing: %q", out)
	}
}

func TestBarRestartsOnNewRun(t *testing.T) {
	bar, buf := newTestBar("en")
	bar.Update(0, 2)
	bar.Update(2, 2)
	bar.Update(0, 5)
	bar.Update(1, 5)
	bar.Finish()

	if !strings.Contains(buf.String(), "(1/5)") {
		t.Errorf("second run not drawn: %q", buf.String())
	}
}

func TestBarConcurrentUpdates(t *testing.T) {
	bar, _ := newTestBar("en")
	var wg sync.WaitGroup
	for i := 1; i <= 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			bar.Update(i, 100)
		}()
	}
	wg.Wait()
	bar.Finish()
}

func TestNilBar(t *testing.T) {
	var bar *Bar
	bar.Update(1, 2)
	bar.Finish()
}
