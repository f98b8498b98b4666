package pdf

import (
	"context"
	"fmt"
	"math"

	"github.com/ledongthuc/pdf"
	"github.com/soc2lint/soc2lint/model"
)

// Bounds on content interpretation.
const (
	// maxGlyphs bounds the characters read from one document, about two
	// thousand dense pages.
	maxGlyphs = 5_000_000

	// maxFormDepth bounds form XObjects drawn inside form XObjects; a form
	// that draws itself would otherwise recurse without end.
	maxFormDepth = 8

	// maxStateDepth bounds the graphics state stack; deeper saves are
	// counted but not stored.
	maxStateDepth = 256

	// cancelCheckEvery is how many operators run between context checks.
	cancelCheckEvery = 512
)

// run is one string drawn by a text-showing operator, placed on the page.
type run struct {
	text string

	// x and y are the start of the baseline and endX its end, in points
	// from the bottom-left corner of the page.
	x, y, endX float64

	// size is the font size in points after the text and page matrices.
	size float64
	bold bool

	// stream is the index of the page content stream that drew the run.
	stream int
}

// matrix is a PDF transformation matrix [a b c d e f].
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n: the transformation m followed by n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func translation(tx, ty float64) matrix {
	return matrix{1, 0, 0, 1, tx, ty}
}

// graphicsState is the part of the PDF graphics and text state that
// positions text.
type graphicsState struct {
	ctm       matrix
	font      *font
	fontSize  float64
	charSpace float64
	wordSpace float64
	hScale    float64
	leading   float64
	rise      float64
}

// extractor reads the text runs of pages. One extractor serves one
// document so that fonts are parsed once.
type extractor struct {
	ctx      context.Context
	fonts    map[string]*font
	glyphs   int
	full     bool
	problems []model.Problem
}

// interpreter is the state while one page's content streams run.
type interpreter struct {
	ex        *extractor
	resources pdf.Value
	state     graphicsState
	saved     []graphicsState
	overflow  int
	tm, tlm   matrix
	stream    int
	formDepth int
	ops       int
	runs      []run
}

func newExtractor(ctx context.Context) *extractor {
	return &extractor{ctx: ctx, fonts: make(map[string]*font)}
}

// pageRuns interprets each content stream of the page in turn. The
// graphics state carries across streams, as the PDF specification requires.
// Each stream is tokenized on its own, so the last token of one stream
// never joins the first token of the next.
func (ex *extractor) pageRuns(page pageRef) []run {
	in := &interpreter{
		ex:        ex,
		resources: page.resources,
		state:     graphicsState{ctm: identity, hScale: 1},
		tm:        identity,
		tlm:       identity,
	}

	contents := page.dict.Key("Contents")
	switch contents.Kind() {
	case pdf.Stream:
		in.interpretStream(page.number, contents)
	case pdf.Array:
		for i := 0; i < contents.Len(); i++ {
			in.stream = i
			in.interpretStream(page.number, contents.Index(i))
		}
	}
	return in.runs
}

// interpretStream runs one content stream. A stream the library cannot
// read becomes a problem on the page; the streams after it still run.
func (in *interpreter) interpretStream(pageNumber int, stream pdf.Value) {
	if stream.Kind() != pdf.Stream {
		return
	}

	defer func() {
		recovered := recover()
		if recovered == nil {
			return
		}
		if recovered == errCanceled || in.ex.ctx.Err() != nil {
			panic(errCanceled)
		}
		in.ex.problems = append(in.ex.problems, model.Problem{
			Severity: "warning",
			Message:  fmt.Sprintf("content stream %d of page %d is damaged (%v); its text may be incomplete: re-export the PDF", in.stream+1, pageNumber, recovered),
			Location: model.Location{Page: pageNumber},
		})
	}()

	pdf.Interpret(stream, in.operator)
}

// operator executes one content-stream operator with the operands on stk.
func (in *interpreter) operator(stk *pdf.Stack, op string) {
	args := popOperands(stk)

	in.ops++
	if in.ops%cancelCheckEvery == 0 && in.ex.ctx.Err() != nil {
		panic(errCanceled)
	}

	st := &in.state
	switch op {
	case "q":
		in.save()
	case "Q":
		in.restore()
	case "cm":
		if m, ok := matrixOperand(args); ok {
			st.ctm = m.mul(st.ctm)
		}
	case "BT":
		in.tm, in.tlm = identity, identity
	case "Tc":
		st.charSpace = number(args, 0)
	case "Tw":
		st.wordSpace = number(args, 0)
	case "Tz":
		st.hScale = number(args, 0) / 100
	case "TL":
		st.leading = number(args, 0)
	case "Ts":
		st.rise = number(args, 0)
	case "Tf":
		if len(args) == 2 {
			st.font = in.font(args[0].Name())
			st.fontSize = args[1].Float64()
		}
		if st.font == nil {
			st.font = fallbackFont
		}
	case "Td":
		in.moveLine(number(args, 0), number(args, 1))
	case "TD":
		st.leading = -number(args, 1)
		in.moveLine(number(args, 0), number(args, 1))
	case "Tm":
		if m, ok := matrixOperand(args); ok {
			in.tm, in.tlm = m, m
		}
	case "T*":
		in.moveLine(0, -st.leading)
	case "Tj":
		in.show(lastString(args))
	case "'":
		in.moveLine(0, -st.leading)
		in.show(lastString(args))
	case "\"":
		if len(args) == 3 {
			st.wordSpace = args[0].Float64()
			st.charSpace = args[1].Float64()
		}
		in.moveLine(0, -st.leading)
		in.show(lastString(args))
	case "TJ":
		in.showArray(args)
	case "Do":
		if len(args) == 1 {
			in.drawForm(args[0].Name())
		}
	}
}

func (in *interpreter) save() {
	if len(in.saved) >= maxStateDepth {
		in.overflow++
		return
	}
	in.saved = append(in.saved, in.state)
}

func (in *interpreter) restore() {
	if in.overflow > 0 {
		in.overflow--
		return
	}
	if n := len(in.saved); n > 0 {
		in.state = in.saved[n-1]
		in.saved = in.saved[:n-1]
	}
}

func (in *interpreter) moveLine(tx, ty float64) {
	in.tlm = translation(tx, ty).mul(in.tlm)
	in.tm = in.tlm
}

// showArray shows each string of a TJ array as its own run, moving the
// text position by the numbers between them.
func (in *interpreter) showArray(args []pdf.Value) {
	if len(args) == 0 {
		return
	}
	items := args[len(args)-1]
	st := &in.state
	for i := 0; i < items.Len(); i++ {
		item := items.Index(i)
		if item.Kind() == pdf.String {
			in.show(item.RawString())
			continue
		}
		adjust := -item.Float64() / 1000 * st.fontSize * st.hScale
		in.tm = translation(adjust, 0).mul(in.tm)
	}
}

// show places one string at the current text position and advances it.
func (in *interpreter) show(raw string) {
	st := &in.state
	if raw == "" || st.font == nil || in.ex.full {
		return
	}

	in.ex.glyphs += len(raw)
	if in.ex.glyphs > maxGlyphs {
		in.ex.full = true
		in.ex.problems = append(in.ex.problems, model.Problem{
			Severity: "warning",
			Message:  fmt.Sprintf("the PDF has more than %d characters; the rest was not read: split the document", maxGlyphs),
		})
		return
	}

	start := in.renderMatrix()
	text := make([]byte, 0, len(raw))
	for _, g := range st.font.glyphs(raw) {
		text = append(text, g.text...)
		advance := g.width*st.font.scale*st.fontSize + st.charSpace
		if g.space {
			advance += st.wordSpace
		}
		in.tm = translation(advance*st.hScale, 0).mul(in.tm)
	}
	end := in.renderMatrix()

	size := math.Hypot(start[2], start[3])
	if len(text) == 0 || size <= 0 || math.IsNaN(start[4]) || math.IsNaN(start[5]) {
		return
	}
	in.runs = append(in.runs, run{
		text:   string(text),
		x:      start[4],
		y:      start[5],
		endX:   end[4],
		size:   size,
		bold:   st.font.bold,
		stream: in.stream,
	})
}

// renderMatrix returns the text rendering matrix, which maps glyph space
// at the current text position to page space.
func (in *interpreter) renderMatrix() matrix {
	st := &in.state
	scale := matrix{st.fontSize * st.hScale, 0, 0, st.fontSize, 0, st.rise}
	return scale.mul(in.tm).mul(st.ctm)
}

// drawForm runs a form XObject with its own resources and matrix.
func (in *interpreter) drawForm(name string) {
	form := in.resources.Key("XObject").Key(name)
	if form.Kind() != pdf.Stream || form.Key("Subtype").Name() != "Form" || in.formDepth >= maxFormDepth {
		return
	}

	savedResources, savedState, savedTM, savedTLM := in.resources, in.state, in.tm, in.tlm
	defer func() {
		in.resources, in.state, in.tm, in.tlm = savedResources, savedState, savedTM, savedTLM
		in.formDepth--
	}()

	in.formDepth++
	if res := form.Key("Resources"); !res.IsNull() {
		in.resources = res
	}
	if m, ok := matrixOperand(arrayValues(form.Key("Matrix"))); ok {
		in.state.ctm = m.mul(in.state.ctm)
	}
	pdf.Interpret(form, in.operator)
}

// rawEncoding passes character codes through unchanged; cleanText then
// reads them as Latin-1.
type rawEncoding struct{}

func (rawEncoding) Decode(raw string) string { return raw }

// fallbackFont replaces a font that the resources do not define, so that
// the text drawn with it is still read.
var fallbackFont = &font{encoder: rawEncoding{}, codeBytes: 1, scale: 0.001}

// font returns the font named in the current resources, loading it once
// per document. The cache key includes fields of the dictionary because
// resource names are local to a page and may name different fonts.
func (in *interpreter) font(name string) *font {
	dict := in.resources.Key("Font").Key(name)
	if dict.Kind() != pdf.Dict {
		return nil
	}

	key := fmt.Sprintf("%s|%s|%s|%d|%d|%s|%d", name, dict.Key("BaseFont").Name(), dict.Key("Subtype").Name(),
		dict.Key("FirstChar").Int64(), dict.Key("LastChar").Int64(), dict.Key("Encoding").Name(), dict.Key("Widths").Len())
	if f, ok := in.ex.fonts[key]; ok {
		return f
	}

	f := loadFont(dict)
	in.ex.fonts[key] = f
	return f
}

// popOperands pops the operands of one operator, first operand first.
func popOperands(stk *pdf.Stack) []pdf.Value {
	args := make([]pdf.Value, stk.Len())
	for i := len(args) - 1; i >= 0; i-- {
		args[i] = stk.Pop()
	}
	return args
}

func number(args []pdf.Value, i int) float64 {
	if i >= len(args) {
		return 0
	}
	return args[i].Float64()
}

func lastString(args []pdf.Value) string {
	if len(args) == 0 {
		return ""
	}
	return args[len(args)-1].RawString()
}

func matrixOperand(args []pdf.Value) (matrix, bool) {
	if len(args) != 6 {
		return matrix{}, false
	}
	var m matrix
	for i := range m {
		m[i] = args[i].Float64()
	}
	return m, true
}

func arrayValues(v pdf.Value) []pdf.Value {
	values := make([]pdf.Value, v.Len())
	for i := range values {
		values[i] = v.Index(i)
	}
	return values
}
