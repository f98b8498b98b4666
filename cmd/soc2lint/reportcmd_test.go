package main

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/soc2lint/soc2lint/criteria"
)

// exampleRepo is the bundled example, relative to this package.
const exampleRepo = "../../examples/policy-repo"

// exampleCriteria returns the ids of the criteria in the example's scope
// (security, availability and confidentiality).
func exampleCriteria() []string {
	var ids []string
	for _, c := range criteria.All() {
		switch c.Category {
		case criteria.CategorySecurity, criteria.CategoryAvailability, criteria.CategoryConfidentiality:
			ids = append(ids, c.ID)
		}
	}
	return ids
}

func TestReportExampleSpanishHTML(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.html")

	code, _, stderr := runCLI(t, "report", "--lang", "es", "--as-of", "2026-11-30", "--output", out, exampleRepo)
	if code != ExitOK {
		t.Fatalf("exit code %d, want %d; stderr: %s", code, ExitOK, stderr)
	}

	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("report file: %v", err)
	}
	page := string(data)

	for _, want := range []string{`<html lang="es">`, "Informe de preparación SOC 2", "Brightpath Analytics, Inc.", "2026-11-30", "Tipo II", "Plan de corrección", `id="chart-coverage"`, `id="chart-severity"`} {
		if !strings.Contains(page, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	for _, english := range []string{"Readiness", "Remediation plan", "Criteria coverage by category", "How the score is computed"} {
		if strings.Contains(page, ">"+english+"<") {
			t.Errorf("Spanish report has the English heading %q", english)
		}
	}
	for _, id := range exampleCriteria() {
		if !strings.Contains(page, `data-criterion="`+id+`"`) {
			t.Errorf("report has no row for in-scope criterion %s", id)
		}
	}
	if strings.Contains(page, `data-criterion="P1.1"`) {
		t.Error("report has a row for privacy, which is out of the example's scope")
	}
}

func TestReportLangFromConfig(t *testing.T) {
	root := writeFiles(t, map[string]string{
		".soc2lint.yaml": "organization: Ejemplo S.L.\nlang: es\n",
		"policies/seguridad.md": "---\ntitle: Política de seguridad\nowner: CISO\n---\n# Política de seguridad\n\n" +
			"El acceso a producción debe usar autenticación multifactor.\n",
	})

	code, stdout, stderr := runCLI(t, "report", "--format", "markdown", "--as-of", "2026-11-30", root)
	if code != ExitOK {
		t.Fatalf("exit code %d; stderr: %s", code, stderr)
	}
	if !strings.HasPrefix(stdout, "# Informe de preparación SOC 2: Ejemplo S.L.") {
		t.Errorf("lang: es in the config did not make the report Spanish:\n%.200s", stdout)
	}

	code, stdout, _ = runCLI(t, "report", "--format", "markdown", "--as-of", "2026-11-30", "--lang", "en", root)
	if code != ExitOK || !strings.HasPrefix(stdout, "# SOC 2 readiness report: ") {
		t.Errorf("--lang en did not override lang: es in the config:\n%.200s", stdout)
	}
}

func TestReportMarkdownFromOutputName(t *testing.T) {
	out := filepath.Join(t.TempDir(), "READINESS.md")

	code, _, stderr := runCLI(t, "report", "--as-of", "2026-11-30", "-o", out, exampleRepo)
	if code != ExitOK {
		t.Fatalf("exit code %d; stderr: %s", code, stderr)
	}

	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), "# SOC 2 readiness report: ") {
		t.Errorf("READINESS.md does not start with the Markdown title:\n%.200s", data)
	}
	if bytes.Contains(data, []byte("<svg")) {
		t.Error("Markdown report contains SVG")
	}
}

func TestReportStdout(t *testing.T) {
	code, stdout, stderr := runCLI(t, "report", "--format", "markdown", "--as-of", "2026-11-30", "--quiet", exampleRepo)
	if code != ExitOK {
		t.Fatalf("exit code %d; stderr: %s", code, stderr)
	}
	if !strings.Contains(stdout, "## Remediation plan") {
		t.Errorf("standard output has no Markdown report:\n%.300s", stdout)
	}
	if stderr != "" {
		t.Errorf("--quiet printed diagnostics: %q", stderr)
	}
}

func TestReportUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{name: "format", args: []string{"report", "--format", "pdf", exampleRepo}, want: "invalid --format"},
		{name: "lang", args: []string{"report", "--lang", "fr", exampleRepo}, want: "invalid --lang"},
		{name: "as-of", args: []string{"report", "--as-of", "30/11/2026", exampleRepo}, want: "invalid --as-of"},
		{name: "missing path", args: []string{"report", "does-not-exist"}, want: "does-not-exist"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, tt.args...)
			if code != ExitError {
				t.Errorf("exit code %d, want %d", code, ExitError)
			}
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr %q does not mention %q", stderr, tt.want)
			}
		})
	}
}

// chromiumPath is where Debian's chromium package installs the browser.
const chromiumPath = "/usr/bin/chromium"

// Screenshot size; the window is tall enough to show the header, the score,
// both charts and the start of the criteria table.
const (
	shotWidth  = 1280
	shotHeight = 2400
)

// TestReportScreenshot renders the Spanish example report in headless
// Chromium and checks that the page draws: the PNG has the window's size,
// is not blank, and shows the chart colors.
func TestReportScreenshot(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skipf("%s not found; install the chromium package to run the screenshot test", chromiumPath)
	}

	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	code, _, stderr := runCLI(t, "report", "--lang", "es", "--as-of", "2026-11-30", "--output", page, exampleRepo)
	if code != ExitOK {
		t.Fatalf("report: exit code %d; stderr: %s", code, stderr)
	}

	shot := filepath.Join(dir, "report.png")
	profile := filepath.Join(dir, "profile")
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()

	cmd := exec.CommandContext(ctx, chromiumPath,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--hide-scrollbars", "--user-data-dir="+profile,
		"--screenshot="+shot, "--window-size=1280,2400",
		"file://"+page)
	output, err := cmd.CombinedOutput()
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		t.Fatalf("chromium did not finish within 90s; output:\n%s", output)
	}
	if err != nil {
		t.Fatalf("chromium: %v; output:\n%s", err, output)
	}

	file, err := os.Open(shot)
	if err != nil {
		t.Fatalf("screenshot not written: %v; chromium output:\n%s", err, output)
	}
	defer file.Close()
	img, err := png.Decode(file)
	if err != nil {
		t.Fatalf("screenshot is not a PNG: %v", err)
	}

	if size := img.Bounds().Size(); size.X != shotWidth || size.Y != shotHeight {
		t.Errorf("screenshot is %dx%d, want %dx%d", size.X, size.Y, shotWidth, shotHeight)
	}

	variance := luminanceVariance(img)
	t.Logf("luminance variance %.1f", variance)
	if variance < 100 {
		t.Errorf("screenshot luminance variance %.1f, want at least 100: the page looks blank", variance)
	}

	// The example has met, partial and missing criteria and error findings.
	// Each coverage segment and severity bar is a solid rectangle of
	// thousands of pixels, and antialiased edges do not count.
	for name, rgb := range map[string][3]uint8{
		"met (green)":     {0x2e, 0x7d, 0x32},
		"partial (amber)": {0xf2, 0xa9, 0x00},
		"missing (red)":   {0xc6, 0x28, 0x28},
		"error bar":       {0xb3, 0x26, 0x1e},
	} {
		n := countColor(img, rgb, 3)
		t.Logf("%s: %d pixels", name, n)
		if n < 500 {
			t.Errorf("%s color #%02x%02x%02x covers %d pixels, want at least 500: the chart did not draw", name, rgb[0], rgb[1], rgb[2], n)
		}
	}
}

// luminanceVariance returns the variance of the pixels' luminance, from 0
// for a one-color image up to about 16256 for half black, half white.
func luminanceVariance(img image.Image) float64 {
	bounds := img.Bounds()
	var sum, sumSquares, n float64
	for y := bounds.Min.Y; y < bounds.Max.Y; y += 2 {
		for x := bounds.Min.X; x < bounds.Max.X; x += 2 {
			r, g, b, _ := img.At(x, y).RGBA()
			lum := (0.299*float64(r>>8) + 0.587*float64(g>>8) + 0.114*float64(b>>8))
			sum += lum
			sumSquares += lum * lum
			n++
		}
	}
	mean := sum / n
	return sumSquares/n - mean*mean
}

// countColor counts the pixels within tolerance of want on every channel.
func countColor(img image.Image, want [3]uint8, tolerance int) int {
	bounds := img.Bounds()
	count := 0
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			if near(r>>8, want[0], tolerance) && near(g>>8, want[1], tolerance) && near(b>>8, want[2], tolerance) {
				count++
			}
		}
	}
	return count
}

func near(got uint32, want uint8, tolerance int) bool {
	d := int(got) - int(want)
	return d >= -tolerance && d <= tolerance
}

func TestScreenshotChecksOnSyntheticImages(t *testing.T) {
	blank := image.NewRGBA(image.Rect(0, 0, 40, 40))
	draw.Draw(blank, blank.Bounds(), image.White, image.Point{}, draw.Src)
	if v := luminanceVariance(blank); v != 0 {
		t.Errorf("variance of a white image = %.1f, want 0", v)
	}
	if n := countColor(blank, [3]uint8{0x2e, 0x7d, 0x32}, 3); n != 0 {
		t.Errorf("green pixels in a white image = %d, want 0", n)
	}

	chart := image.NewRGBA(image.Rect(0, 0, 40, 40))
	draw.Draw(chart, chart.Bounds(), image.White, image.Point{}, draw.Src)
	draw.Draw(chart, image.Rect(0, 0, 40, 20), &image.Uniform{C: color.RGBA{0x2f, 0x7c, 0x32, 0xff}}, image.Point{}, draw.Src)
	if n := countColor(chart, [3]uint8{0x2e, 0x7d, 0x32}, 3); n != 800 {
		t.Errorf("green pixels = %d, want 800 (a 40x20 rectangle within tolerance)", n)
	}
	if v := luminanceVariance(chart); v < 100 {
		t.Errorf("variance of half green, half white = %.1f, want at least 100", v)
	}
}
