package ooxml

import (
	"errors"
	"io"
)

// partReader counts the bytes of one part against the archive's shared
// budget.
type partReader struct {
	a    *Archive
	part string
	rc   io.ReadCloser
	r    io.Reader
}

func (p *partReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.a.left -= int64(n)
	if p.a.left < 0 {
		return 0, p.a.limitError(p.part)
	}

	if err != nil && !errors.Is(err, io.EOF) {
		return n, p.a.readError(p.part, err)
	}
	return n, err
}

func (p *partReader) Close() error {
	return p.rc.Close()
}

// boundedReader fails once more than left bytes have been read from one
// part.
type boundedReader struct {
	a    *Archive
	part string
	rc   io.ReadCloser
	left uint64
}

func (b *boundedReader) Read(p []byte) (int, error) {
	n, err := b.rc.Read(p)
	if uint64(n) > b.left {
		return 0, b.a.limitError(b.part)
	}
	b.left -= uint64(n)

	if err != nil && !errors.Is(err, io.EOF) {
		return n, b.a.readError(b.part, err)
	}
	return n, err
}

func (b *boundedReader) Close() error {
	return b.rc.Close()
}
