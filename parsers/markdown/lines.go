package markdown

import "sort"

// lineIndex maps byte offsets of a text to 1-based line numbers.
type lineIndex struct {
	// starts holds the offset of the first byte of each line.
	starts []int
	size   int
}

func newLineIndex(src []byte) *lineIndex {
	starts := make([]int, 1, len(src)/40+1)
	for i, c := range src {
		if c == '\n' && i+1 < len(src) {
			starts = append(starts, i+1)
		}
	}
	return &lineIndex{starts: starts, size: len(src)}
}

// line returns the 1-based line holding offset; offsets past the end map to
// the last line.
func (x *lineIndex) line(offset int) int {
	if offset < 0 {
		return 1
	}
	return sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > offset })
}

// count is the number of lines; a final line ending does not start a line.
func (x *lineIndex) count() int {
	if x.size == 0 {
		return 0
	}
	return len(x.starts)
}

// bounds returns the start and end offsets of 1-based line n, the end
// excluding the line ending.
func (x *lineIndex) bounds(n int, src []byte) (int, int) {
	start := x.starts[n-1]
	end := x.size
	if n < len(x.starts) {
		end = x.starts[n] - 1
	} else if end > start && src[end-1] == '\n' {
		end--
	}
	return start, end
}
