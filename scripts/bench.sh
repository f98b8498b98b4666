#!/usr/bin/env bash
# bench.sh measures soc2lint and other tools that read the same inputs, in
# one run, and prints the results as a Markdown table. Each row has the
# median wall time and the median peak resident set size (RSS) of
# BENCH_RUNS runs, both read from GNU time (/usr/bin/time, Debian package
# "time"). docs/benchmarks.md records the figures and explains the method.
#
# Inputs:
#   PDF       the corpus PDF public/open-access-policies-template/assets/
#             files/minimal-soc2_compiled.pdf (167 pages), and a generated
#             PDF of BENCH_PDF_PAGES pages
#   XLSX      a generated access review export of BENCH_ROWS rows, and one
#             just small enough for lint to load whole instead of streaming
#   CSV       the same two exports as CSV
#   Markdown  examples/policy-repo and each folder under the corpus's public/
#
# Environment:
#   SOC2LINT_CORPUS  corpus root (the folder holding public/); corpus inputs
#                    are skipped when it is unset
#   BENCH_RUNS       runs per measurement (default 3)
#   BENCH_ROWS       rows of the generated XLSX and CSV (default 1000000)
#   BENCH_PDF_PAGES  pages of the generated PDF (default 2000)
#
# Usage: scripts/bench.sh > results.md   (progress goes to standard error)
set -euo pipefail

runs=${BENCH_RUNS:-3}
rows=${BENCH_ROWS:-1000000}
pdf_pages=${BENCH_PDF_PAGES:-2000}
corpus=${SOC2LINT_CORPUS:-}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

for number in "$runs" "$rows" "$pdf_pages"; do
	if ! [[ $number =~ ^[1-9][0-9]*$ ]]; then
		echo "bench.sh: invalid count \"$number\" in BENCH_RUNS, BENCH_ROWS or BENCH_PDF_PAGES: use a positive integer" >&2
		exit 2
	fi
done
if [[ ! -x /usr/bin/time ]]; then
	echo "bench.sh: /usr/bin/time not found: install GNU time (apt-get install time)" >&2
	exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/soc2lint-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

table=()
notes=()

log() {
	echo "bench.sh: $*" >&2
}

# skip records that a measurement did not run and why.
skip() {
	notes+=("skipped: $*")
	log "skipped: $*"
}

# have TOOL PACKAGE succeeds when TOOL is on PATH and records a skip naming
# the package that installs it otherwise.
have() {
	if command -v "$1" >/dev/null 2>&1; then
		return 0
	fi
	skip "$1 not installed ($2)"
	return 1
}

# median prints the middle value of its arguments, the lower middle one for
# an even count.
median() {
	printf '%s\n' "$@" | sort -g | sed -n "$((($# + 1) / 2))p"
}

# size prints the size of a file or folder in MiB, or in KiB below 1 MiB.
size() {
	du -sk "$1" | awk '{ if ($1 >= 1024) printf "%.1f MiB", $1 / 1024; else printf "%d KiB", $1 }'
}

# measure INPUT SIZE TOOL OK_CODES OUTPUT COMMAND... runs COMMAND runs
# times under GNU time, with standard output to OUTPUT, and adds a table
# row with the medians. OK_CODES lists the exit codes that mean success,
# such as "0 1" for linters that exit 1 when they find something. A run
# that exits otherwise stops the measurement and records a note with the
# end of its standard error.
measure() {
	local input=$1 input_size=$2 tool=$3 ok_codes=$4 output=$5
	shift 5

	local walls=() rss=() code run
	for ((run = 1; run <= runs; run++)); do
		log "$tool on $input, run $run of $runs"
		code=0
		/usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$output" 2>"$work/stderr" || code=$?

		if [[ " $ok_codes " != *" $code "* ]]; then
			notes+=("failed: $tool on $input exited $code: $(tail -n 3 "$work/stderr" | tr '\n' ' ')")
			log "failed: $tool on $input exited $code"
			tail -n 20 "$work/stderr" >&2
			table+=("| $input | $input_size | $tool | failed (exit $code) | |")
			return 0
		fi

		# GNU time writes "Command exited with non-zero status N" before
		# the format line when the command fails, so read the last line.
		local wall_seconds max_rss_kib
		read -r wall_seconds max_rss_kib < <(tail -n 1 "$work/time")
		walls+=("$wall_seconds")
		rss+=("$max_rss_kib")
	done

	local wall_median rss_median
	wall_median=$(median "${walls[@]}")
	rss_median=$(median "${rss[@]}")
	table+=("| $input | $input_size | $tool | $(printf '%.2f' "$wall_median") | $(awk -v k="$rss_median" 'BEGIN { printf "%.0f", k / 1024 }') |")
}

# check_report REPORT INPUT adds a note when a soc2lint JSON report contains
# a parse-error finding, because such a run measured a rejected file rather
# than the pipeline.
check_report() {
	if grep -q '"rule_id": *"parse-error"' "$1"; then
		local message
		message=$(grep -o '"message": *"cannot read the file:[^"]*"' "$1" | head -n 1)
		notes+=("soc2lint lint reported a parse-error on $2, so its figures are not those of a full run: $message")
		log "parse-error on $2"
	fi
}

# lint_row INPUT SIZE PATH [FLAGS...] measures `soc2lint lint` on PATH.
lint_row() {
	local input=$1 input_size=$2 path=$3
	shift 3
	measure "$input" "$input_size" "soc2lint lint" "0 1" "$work/report.json" \
		"$soc2lint" lint --format json --quiet "$@" "$path"
	check_report "$work/report.json" "$input"
}

# tool_version TOOL COMMAND... prints a list item with the first line that
# COMMAND writes, when TOOL is installed.
tool_version() {
	local tool=$1
	shift
	if command -v "$tool" >/dev/null 2>&1; then
		echo "- $tool: $("$@" 2>&1 | grep -m 1 -v '^[[:space:]]*$' || true)"
	fi
}

# Build soc2lint and the input generator once.
log "building soc2lint and scripts/benchkit"
(cd "$root" && go build -o "$work/soc2lint" ./cmd/soc2lint && go build -o "$work/benchkit" ./scripts/benchkit)
soc2lint=$work/soc2lint
benchkit=$work/benchkit

# PDF: soc2lint's parser alone (benchkit parse), soc2lint inspect (parser,
# annotation and the JSON document model), and pdftotext.
pdf_inputs=()
if [[ -n $corpus ]]; then
	corpus_pdf=$corpus/public/open-access-policies-template/assets/files/minimal-soc2_compiled.pdf
	if [[ -f $corpus_pdf ]]; then
		pdf_inputs+=("minimal-soc2_compiled.pdf (corpus, 167 pages)=$corpus_pdf")
	else
		skip "corpus PDF not found at $corpus_pdf"
	fi
else
	skip "corpus inputs: SOC2LINT_CORPUS is not set"
fi
log "generating a $pdf_pages-page PDF"
"$benchkit" pdf "$pdf_pages" "$work/policy.pdf"
pdf_inputs+=("generated policy PDF ($pdf_pages pages)=$work/policy.pdf")

have_pdftotext=false
if have pdftotext "apt-get install poppler-utils"; then
	have_pdftotext=true
fi
for entry in "${pdf_inputs[@]}"; do
	name=${entry%%=*}
	path=${entry#*=}
	input_size=$(size "$path")
	measure "$name" "$input_size" "soc2lint parser alone (benchkit parse)" "0" /dev/null "$benchkit" parse "$path"
	measure "$name" "$input_size" "soc2lint inspect --format json" "0" /dev/null "$soc2lint" inspect --format json "$path"
	if $have_pdftotext; then
		measure "$name" "$input_size" "pdftotext" "0" /dev/null pdftotext "$path" -
	fi
done

# XLSX: the full pipeline, the parser alone and inspect, against converters
# to CSV. The file sits alone in its folder so lint reads nothing else.
log "generating a $rows-row XLSX export"
mkdir -p "$work/xlsx"
xlsx=$work/xlsx/access-review.xlsx
"$benchkit" xlsx "$rows" "$xlsx"
xlsx_name="access-review.xlsx ($rows rows)"
xlsx_size=$(size "$xlsx")

lint_row "$xlsx_name" "$xlsx_size" "$xlsx"
measure "$xlsx_name" "$xlsx_size" "soc2lint parser alone (benchkit parse)" "0" /dev/null "$benchkit" parse "$xlsx"
measure "$xlsx_name" "$xlsx_size" "soc2lint inspect --format json" "0" /dev/null "$soc2lint" inspect --format json "$xlsx"
if have xlsx2csv "apt-get install xlsx2csv"; then
	measure "$xlsx_name" "$xlsx_size" "xlsx2csv" "0" /dev/null xlsx2csv "$xlsx"
fi
if have ssconvert "apt-get install gnumeric"; then
	measure "$xlsx_name" "$xlsx_size" "ssconvert to CSV" "0" /dev/null ssconvert --export-type=Gnumeric_stf:stf_csv "$xlsx" "fd://1"
fi
rm -rf "$work/xlsx"

# Exports no larger than evidence.StreamThreshold (256 KiB) are loaded whole
# by lint rather than streamed. These sizes sit just under it: about 245 KiB
# of XLSX and 235 KiB of CSV from benchkit.
loaded_xlsx_rows=8000
loaded_csv_rows=3000
log "generating exports that lint loads whole"
mkdir -p "$work/loaded"
"$benchkit" xlsx "$loaded_xlsx_rows" "$work/loaded/access-review.xlsx"
"$benchkit" csv "$loaded_csv_rows" "$work/loaded/access-review.csv"
lint_row "access-review.xlsx ($loaded_xlsx_rows rows)" "$(size "$work/loaded/access-review.xlsx")" "$work/loaded/access-review.xlsx"
lint_row "access-review.csv ($loaded_csv_rows rows)" "$(size "$work/loaded/access-review.csv")" "$work/loaded/access-review.csv"
rm -rf "$work/loaded"

# CSV: the full pipeline against CSV readers, with the default limits (1 GiB
# for CSV files).
log "generating a $rows-row CSV export"
mkdir -p "$work/csv"
csv=$work/csv/access-review.csv
"$benchkit" csv "$rows" "$csv"
csv_name="access-review.csv ($rows rows)"
csv_size=$(size "$csv")

lint_row "$csv_name" "$csv_size" "$csv"
if have mlr "apt-get install miller"; then
	measure "$csv_name" "$csv_size" "mlr --icsv --ojson cat" "0" /dev/null mlr --icsv --ojson cat "$csv"
fi
if have csvtool "apt-get install csvtool"; then
	measure "$csv_name" "$csv_size" "csvtool cat" "0" /dev/null csvtool cat "$csv"
fi
measure "$csv_name" "$csv_size" "wc -l (floor)" "0" /dev/null wc -l "$csv"
rm -rf "$work/csv"

# Markdown: policy folders through the full pipeline, and through a plain
# Markdown linter as a reference point.
markdown_dirs=("examples/policy-repo=$root/examples/policy-repo")
if [[ -n $corpus && -d $corpus/public ]]; then
	for dir in "$corpus"/public/*/; do
		dir=${dir%/}
		markdown_dirs+=("public/${dir##*/}=$dir")
	done
fi

have_markdownlint=false
if have markdownlint "npm install -g markdownlint-cli"; then
	have_markdownlint=true
fi
for entry in "${markdown_dirs[@]}"; do
	dir=${entry#*=}
	markdown_files=()
	while IFS= read -r -d '' file; do
		markdown_files+=("$file")
	done < <(find "$dir" -type f \( -name '*.md' -o -name '*.markdown' -o -name '*.md.tmpl' \) -print0 | sort -z)
	all_files=$(find "$dir" -type f | wc -l)
	name="${entry%%=*} (${#markdown_files[@]} Markdown files, $all_files in all)"
	input_size=$(size "$dir")

	lint_row "$name" "$input_size" "$dir"

	# markdownlint is given the Markdown files by name, because a folder
	# argument would leave out .md.tmpl templates.
	if $have_markdownlint && ((${#markdown_files[@]} > 0)); then
		measure "$name" "$input_size" "markdownlint" "0 1" /dev/null markdownlint "${markdown_files[@]}"
	fi
done

# The results, as Markdown on standard output: the machine, the tool
# versions, the table and the notes.
echo "Date: $(date -u +%Y-%m-%d). Machine: $(nproc) CPUs ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)), $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) memory."
echo "Runs per measurement: $runs (median reported)."
echo
echo "Tool versions:"
echo
echo "- soc2lint: built from $(cd "$root" && git describe --tags --always --dirty 2>/dev/null || echo "an unversioned tree") with $(go version | cut -d' ' -f3)"
tool_version pdftotext pdftotext -v
tool_version xlsx2csv xlsx2csv --version
tool_version ssconvert ssconvert --version
tool_version mlr mlr --version
tool_version csvtool dpkg-query -W -f='csvtool ${Version} (Debian package)\n' csvtool
tool_version markdownlint markdownlint --version
echo
echo "| input | size | tool | wall time (s) | peak RSS (MiB) |"
echo "|---|---|---|---:|---:|"
printf '%s\n' "${table[@]}"
if ((${#notes[@]} > 0)); then
	echo
	printf -- '- %s\n' "${notes[@]}"
fi
