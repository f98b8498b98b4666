package pdf

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"strconv"
)

// maxNesting is the deepest array or dictionary nesting accepted before the
// bytes reach the PDF library. Real files nest a few levels; the library
// recurses once per level, and a Go stack overflow is fatal, not a panic.
const maxNesting = 256

// maxObjects bounds the object numbers and /Size values accepted, because the
// library allocates its cross-reference table from them before reading any
// object. Ten million objects is far above any policy document.
const maxObjects = 10_000_000

// maxPredictorColumns bounds /Columns in a decode-parameter dictionary; the
// library allocates a row buffer of that many bytes.
const maxPredictorColumns = 1 << 20

var (
	// encryptEntry matches an /Encrypt entry that points to an encryption
	// dictionary, either by reference or inline, as it appears in a trailer
	// or in a cross-reference stream dictionary.
	encryptEntry = regexp.MustCompile(`/Encrypt\s*(?:\d+\s+\d+\s+R|<<)`)

	sizeEntry    = regexp.MustCompile(`/Size\s+(\d+)`)
	columnsEntry = regexp.MustCompile(`/Columns\s+(\d+)`)
	indexEntry   = regexp.MustCompile(`/Index\s*\[([\d\s]*)\]`)

	// xrefSubsection matches the "first count" header of a cross-reference
	// table subsection.
	xrefSubsection = regexp.MustCompile(`(?m)^\s*(\d+)\s+(\d+)\s*$`)

	// directLength matches a stream dictionary's direct /Length value and the
	// stream keyword that follows the dictionary.
	directLength = regexp.MustCompile(`/Length\s+(\d+)(?:\s|/|>)[^\n]*?>>\s*stream\r?\n`)
)

// isEncrypted reports whether the file declares an encryption dictionary.
// The check runs on the raw bytes so that an encrypted file is reported as
// encrypted even when the library cannot open it.
func isEncrypted(data []byte) bool {
	return encryptEntry.Match(data)
}

// checkNesting returns an error when arrays or dictionaries nest deeper than
// maxNesting outside stream data. Strings, comments and stream bodies are
// skipped so that brackets inside them do not count.
func checkNesting(data []byte) error {
	depth := 0
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case '%':
			i = skipComment(data, i)
		case '(':
			i = skipLiteralString(data, i)
		case '[':
			depth++
		case ']':
			depth = max(depth-1, 0)
		case '<':
			if i+1 < len(data) && data[i+1] == '<' {
				depth++
				i++
			} else {
				i = skipHexString(data, i)
			}
		case '>':
			if i+1 < len(data) && data[i+1] == '>' {
				depth = max(depth-1, 0)
				i++
			}
		case 's':
			i = skipStreamBody(data, i)
		}

		if depth > maxNesting {
			return fmt.Errorf("arrays or dictionaries nest deeper than %d levels at byte %d", maxNesting, i)
		}
	}
	return nil
}

// checkAllocations returns an error when a cross-reference size, object
// number or predictor width is large enough to make the library allocate
// gigabytes before it reads an object.
func checkAllocations(data []byte) error {
	for _, m := range sizeEntry.FindAllSubmatch(data, -1) {
		if n, ok := atoi(m[1]); !ok || n > maxObjects {
			return fmt.Errorf("cross-reference /Size %s is over %d objects", m[1], maxObjects)
		}
	}

	for _, m := range columnsEntry.FindAllSubmatch(data, -1) {
		if n, ok := atoi(m[1]); !ok || n > maxPredictorColumns {
			return fmt.Errorf("decode parameter /Columns %s is over %d", m[1], maxPredictorColumns)
		}
	}

	for _, m := range indexEntry.FindAllSubmatch(data, -1) {
		for _, field := range bytes.Fields(m[1]) {
			if n, ok := atoi(field); !ok || n > maxObjects {
				return fmt.Errorf("cross-reference stream /Index entry %s is over %d objects", field, maxObjects)
			}
		}
	}

	for offset := 0; ; {
		i := bytes.Index(data[offset:], []byte("xref"))
		if i < 0 {
			break
		}
		start := offset + i + len("xref")
		end := bytes.Index(data[start:], []byte("trailer"))
		if end < 0 {
			end = len(data) - start
		}
		for _, m := range xrefSubsection.FindAllSubmatch(data[start:start+end], -1) {
			first, ok1 := atoi(m[1])
			count, ok2 := atoi(m[2])
			if !ok1 || !ok2 || first+count > maxObjects {
				return fmt.Errorf("cross-reference subsection %s %s is over %d objects", m[1], m[2], maxObjects)
			}
		}
		offset = start
	}
	return nil
}

// streamsPastEOF returns the direct /Length values of streams whose data
// would end past the end of the file. The library then reads whatever
// follows the stream as content, so the page text may contain stray words.
func streamsPastEOF(data []byte) []int64 {
	var lengths []int64
	for _, loc := range directLength.FindAllSubmatchIndex(data, -1) {
		n, ok := atoi(data[loc[2]:loc[3]])
		if !ok {
			n = math.MaxInt64
		}
		if n > int64(len(data)-loc[1]) {
			lengths = append(lengths, n)
		}
	}
	return lengths
}

func skipComment(data []byte, i int) int {
	for i < len(data) && data[i] != '\n' && data[i] != '\r' {
		i++
	}
	return i
}

// skipLiteralString returns the index of the parenthesis that closes the
// literal string opening at i, honouring escapes and balanced parentheses.
func skipLiteralString(data []byte, i int) int {
	level := 0
	for ; i < len(data); i++ {
		switch data[i] {
		case '\\':
			i++
		case '(':
			level++
		case ')':
			level--
			if level == 0 {
				return i
			}
		}
	}
	return i
}

func skipHexString(data []byte, i int) int {
	end := bytes.IndexByte(data[i:], '>')
	if end < 0 {
		return len(data)
	}
	return i + end
}

// skipStreamBody returns the index of the "endstream" keyword when a
// "stream" keyword starts at i, and i otherwise.
func skipStreamBody(data []byte, i int) int {
	if !bytes.HasPrefix(data[i:], []byte("stream")) {
		return i
	}
	if i > 0 && !isDelimiterOrSpace(data[i-1]) {
		return i
	}
	after := i + len("stream")
	if after < len(data) && data[after] != '\r' && data[after] != '\n' {
		return i
	}

	end := bytes.Index(data[after:], []byte("endstream"))
	if end < 0 {
		return len(data)
	}
	return after + end + len("endstream") - 1
}

func isDelimiterOrSpace(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '\n', '\f', 0, '>', ']', ')':
		return true
	}
	return false
}

// atoi parses a decimal field, rejecting values that do not fit in an int64.
func atoi(field []byte) (int64, bool) {
	n, err := strconv.ParseInt(string(field), 10, 64)
	return n, err == nil
}
