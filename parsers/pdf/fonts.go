package pdf

import (
	"strings"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// maxCIDWidths bounds the entries read from one composite font's /W array.
const maxCIDWidths = 1 << 16

// forceBold is the ForceBold flag of a font descriptor's /Flags (bit 19).
const forceBold = 1 << 18

// font holds what the content interpreter needs from a font dictionary:
// how to turn character codes into text and how far each code advances.
type font struct {
	encoder pdf.TextEncoding

	// codeBytes is 2 for composite (Type0) fonts, whose codes are read as
	// two-byte values as in Identity-H, and 1 for simple fonts.
	codeBytes int

	firstChar int
	widths    []float64
	cidWidths map[int]float64

	// defaultWidth is the width of a code the tables do not list, in glyph
	// units; zero means estimate it from the character.
	defaultWidth float64

	// scale converts glyph units to text space units: 1/1000, or the first
	// entry of a Type3 font's FontMatrix.
	scale float64

	monospace bool
	bold      bool
}

// loadFont reads a font dictionary. It returns no error because a font the
// library cannot decode yields its raw bytes, which cleanText reads as
// Latin-1.
func loadFont(dict pdf.Value) *font {
	libraryFont := pdf.Font{V: dict}
	f := &font{
		encoder:   libraryFont.Encoder(),
		codeBytes: 1,
		scale:     0.001,
	}

	baseFont := dict.Key("BaseFont").Name()
	descriptor := dict.Key("FontDescriptor")

	switch dict.Key("Subtype").Name() {
	case "Type0":
		f.codeBytes = 2
		descendant := dict.Key("DescendantFonts").Index(0)
		descriptor = descendant.Key("FontDescriptor")
		f.defaultWidth = 1000
		if dw := descendant.Key("DW"); !dw.IsNull() {
			f.defaultWidth = dw.Float64()
		}
		f.cidWidths = readCIDWidths(descendant.Key("W"))
	case "Type3":
		if m := dict.Key("FontMatrix"); m.Len() == 6 && m.Index(0).Float64() > 0 {
			f.scale = m.Index(0).Float64()
		}
		fallthrough
	default:
		f.firstChar = int(dict.Key("FirstChar").Int64())
		widths := dict.Key("Widths")
		for i := 0; i < widths.Len() && i < 256; i++ {
			f.widths = append(f.widths, widths.Index(i).Float64())
		}
		f.defaultWidth = descriptor.Key("MissingWidth").Float64()
	}

	lowerName := strings.ToLower(baseFont)
	f.monospace = strings.Contains(lowerName, "courier") || strings.Contains(lowerName, "mono")
	f.bold = isBoldName(lowerName) ||
		descriptor.Key("Flags").Int64()&forceBold != 0 ||
		descriptor.Key("FontWeight").Float64() >= 600
	return f
}

// readCIDWidths reads a composite font's /W array, whose entries are either
// "first [w1 w2 ...]" or "first last w".
func readCIDWidths(w pdf.Value) map[int]float64 {
	widths := make(map[int]float64)
	for i := 0; i+1 < w.Len() && len(widths) < maxCIDWidths; {
		first := int(w.Index(i).Int64())
		next := w.Index(i + 1)

		if next.Kind() == pdf.Array {
			for j := 0; j < next.Len() && len(widths) < maxCIDWidths; j++ {
				widths[first+j] = next.Index(j).Float64()
			}
			i += 2
			continue
		}

		if i+2 >= w.Len() {
			break
		}
		last := int(next.Int64())
		width := w.Index(i + 2).Float64()
		for code := first; code <= last && len(widths) < maxCIDWidths; code++ {
			widths[code] = width
		}
		i += 3
	}
	return widths
}

// glyph is one character code of a shown string.
type glyph struct {
	text  string
	width float64 // in glyph units
	space bool    // the single-byte code 32, which word spacing applies to
}

// glyphs splits a shown string into character codes and decodes each.
func (f *font) glyphs(raw string) []glyph {
	out := make([]glyph, 0, len(raw)/f.codeBytes+1)
	for i := 0; i < len(raw); i += f.codeBytes {
		end := min(i+f.codeBytes, len(raw))
		code := 0
		for _, b := range []byte(raw[i:end]) {
			code = code<<8 | int(b)
		}

		text := cleanText(f.encoder.Decode(raw[i:end]))
		out = append(out, glyph{
			text:  text,
			width: f.width(code, text),
			space: f.codeBytes == 1 && code == ' ',
		})
	}
	return out
}

// width returns the advance of code in glyph units.
func (f *font) width(code int, text string) float64 {
	if f.cidWidths != nil {
		if w, ok := f.cidWidths[code]; ok {
			return w
		}
		return f.defaultWidth
	}

	if i := code - f.firstChar; i >= 0 && i < len(f.widths) && f.widths[i] > 0 {
		return f.widths[i]
	}
	if f.defaultWidth > 0 {
		return f.defaultWidth
	}
	return f.estimateWidth(text)
}

// estimateWidth guesses the advance of a character when the font lists no
// widths, as PDFs using the standard 14 fonts often do. The values are
// rough averages of Helvetica's metrics.
// TODO: ship the standard 14 font metrics instead of estimating.
func (f *font) estimateWidth(text string) float64 {
	if f.monospace {
		return 600
	}

	r, _ := utf8.DecodeRuneInString(text)
	switch {
	case strings.ContainsRune(" il.,;:'!|", r):
		return 278
	case strings.ContainsRune("jtfr()[]-/", r):
		return 333
	case strings.ContainsRune("mwMW", r):
		return 850
	case r >= '0' && r <= '9':
		return 556
	case r >= 'A' && r <= 'Z':
		return 667
	default:
		return 540
	}
}

func isBoldName(lowerName string) bool {
	for _, marker := range []string{"bold", "black", "heavy", "semibold", "demi"} {
		if strings.Contains(lowerName, marker) {
			return true
		}
	}
	return false
}

// ligatures expands the typographic ligature characters that some fonts map
// their glyphs to, so that words match what readers type.
var ligatures = strings.NewReplacer("ﬀ", "ff", "ﬁ", "fi", "ﬂ", "fl", "ﬃ", "ffi", "ﬄ", "ffl", "ﬅ", "st", "ﬆ", "st")

// cleanText returns s as valid UTF-8 without control characters. Bytes
// that are not UTF-8, which the library passes through for fonts it cannot
// decode, are read as Latin-1.
func cleanText(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			r = rune(s[i])
		}
		i += size

		switch {
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			continue
		default:
			b.WriteRune(r)
		}
	}
	return ligatures.Replace(b.String())
}
