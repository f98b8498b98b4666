package csv

import (
	"bytes"
	"strings"
)

// separators are the candidate field separators, in the order that breaks
// ties.
var separators = []byte{',', ';', '\t', '|'}

// sniffRecords is how many records of the opening separator detection reads.
const sniffRecords = 20

// excelSepLine reads an Excel `sep=X` directive on the first line of sample
// and returns the separator and the length of the line with its newline.
func excelSepLine(sample []byte) (byte, int, bool) {
	end := bytes.IndexByte(sample, '\n')
	line := sample
	if end >= 0 {
		line = sample[:end]
	}

	text := strings.TrimSpace(string(line))
	if len(text) != len("sep=X") || !strings.EqualFold(text[:4], "sep=") {
		return 0, 0, false
	}

	length := len(line)
	if end >= 0 {
		length++
	}
	return text[4], length, true
}

// detectSeparator chooses the separator of sample, the opening text of the
// file with newlines normalized. For each candidate it counts the separators
// outside quotes in each of the first records. The candidate whose most
// common count is nonzero and shared by the most records wins. Ties go to
// the larger count, then to the first in separators. complete says whether
// sample reaches the end of the file; if it does not, its last record may
// be cut off and is ignored. A file without any candidate is read as comma-separated.
func detectSeparator(sample []byte, complete bool) byte {
	best := byte(',')
	bestShare, bestCount := 0.0, 0

	for _, sep := range separators {
		counts := countSeparators(sample, sep, complete)
		count, share := commonCount(counts)
		if count == 0 {
			continue
		}
		if share > bestShare || (share == bestShare && count > bestCount) {
			best, bestShare, bestCount = sep, share, count
		}
	}
	return best
}

// countSeparators returns, for each non-blank record of sample, the number of
// sep bytes outside quoted fields.
func countSeparators(sample []byte, sep byte, complete bool) []int {
	var counts []int
	count, blank := 0, true
	inQuotes, fieldStart := false, true

	for i := 0; i < len(sample) && len(counts) < sniffRecords; i++ {
		b := sample[i]

		if inQuotes {
			if b == '"' {
				if i+1 < len(sample) && sample[i+1] == '"' {
					i++
				} else {
					inQuotes = false
				}
			}
			continue
		}

		switch {
		case b == '"' && fieldStart:
			inQuotes, fieldStart, blank = true, false, false
		case b == sep:
			count++
			fieldStart, blank = true, false
		case b == '\n':
			if !blank {
				counts = append(counts, count)
			}
			count, blank, fieldStart = 0, true, true
		case b == ' ' && fieldStart:
			// Spaces before an opening quote keep the field start.
		default:
			fieldStart = false
			if b != ' ' && b != '\t' {
				blank = false
			}
		}
	}

	if complete && !blank && !inQuotes && len(counts) < sniffRecords {
		counts = append(counts, count)
	}
	return counts
}

// commonCount returns the most frequent value in counts, the larger on a tie,
// and the share of counts equal to it.
func commonCount(counts []int) (int, float64) {
	if len(counts) == 0 {
		return 0, 0
	}

	frequency := map[int]int{}
	for _, c := range counts {
		frequency[c]++
	}

	best, bestFrequency := 0, 0
	for value, f := range frequency {
		if f > bestFrequency || (f == bestFrequency && value > best) {
			best, bestFrequency = value, f
		}
	}
	return best, float64(bestFrequency) / float64(len(counts))
}
