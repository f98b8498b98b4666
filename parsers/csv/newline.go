package csv

import "golang.org/x/text/transform"

// newlineNormalizer rewrites CRLF and a lone CR as LF, so that the record
// scanner handles one line ending and counts every physical line the way an
// editor does, classic Mac exports included.
type newlineNormalizer struct {
	transform.NopResetter
}

// Transform implements transform.Transformer.
func (newlineNormalizer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		if nDst >= len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}

		b := src[nSrc]
		if b != '\r' {
			dst[nDst] = b
			nDst++
			nSrc++
			continue
		}

		// A CR at the end of src may be the first half of a CRLF.
		if nSrc+1 == len(src) && !atEOF {
			return nDst, nSrc, transform.ErrShortSrc
		}

		dst[nDst] = '\n'
		nDst++
		nSrc++
		if nSrc < len(src) && src[nSrc] == '\n' {
			nSrc++
		}
	}
	return nDst, nSrc, nil
}
