# Targets for developers and CI. `make test` is the one test command: CI
# runs it through .ci/run.

GO ?= go
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)

.PHONY: build test vet lint-example fuzz bench clean

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o bin/soc2lint ./cmd/soc2lint

# vet, then every Go test and every Rego test (the rules package runs the
# test_ rules of the embedded Rego files).
test: vet
	$(GO) test ./...

vet:
	$(GO) vet ./...

lint-example:
	$(GO) run ./cmd/soc2lint lint examples/policy-repo

# Each parser's fuzz target for FUZZTIME (default 60s).
FUZZTIME ?= 60s
fuzz:
	$(GO) test -run='^$$' -fuzz=FuzzParse -fuzztime=$(FUZZTIME) ./parsers/markdown/
	$(GO) test -run='^$$' -fuzz=FuzzParse -fuzztime=$(FUZZTIME) ./parsers/pdf/
	$(GO) test -run='^$$' -fuzz=FuzzParse -fuzztime=$(FUZZTIME) ./parsers/csv/
	$(GO) test -run='^$$' -fuzz=FuzzParse -fuzztime=$(FUZZTIME) ./parsers/xlsx/
	$(GO) test -run='^$$' -fuzz=FuzzParse -fuzztime=$(FUZZTIME) ./parsers/docx/

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./...

# soc2lint against pdftotext, xlsx2csv, ssconvert, Miller, csvtool and
# markdownlint on the same inputs; prints a Markdown table of median wall
# time and peak RSS. Corpus inputs need SOC2LINT_CORPUS. See
# docs/benchmarks.md.
.PHONY: bench-compare
bench-compare:
	bash scripts/bench.sh

clean:
	rm -rf bin
