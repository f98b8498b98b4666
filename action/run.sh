#!/usr/bin/env bash
# Runs soc2lint for the GitHub Action in action.yml: installs it, lints,
# writes the step summary, outputs and SARIF file, and exits with the exit
# code of soc2lint (0 clean, 1 findings at or above fail-on, 2 error).
#
# Inputs come from environment variables, so the script also runs outside
# GitHub (action/run_test.go runs it that way):
#   INPUT_PATH          folders or files to lint, one per line (default: .)
#   INPUT_CONFIG        configuration file (default: .soc2lint.yaml in the first path)
#   INPUT_FAIL_ON       error, warning, info or none (default: error)
#   INPUT_FORMAT        format written to the job log (default: github)
#   INPUT_SARIF         also write SARIF to this path (default: none)
#   INPUT_LANG          en or es (default: the configuration, else the locale)
#   INPUT_VERSION       module version to go install (default: build ACTION_PATH)
#   INPUT_BASELINE      previous JSON report; report only new findings
#   INPUT_NEW_FROM_REV  Git revision; report only findings new since it
#   ACTION_PATH         checkout of this repository (github.action_path)
#   ACTION_REF          version stamped into a build of ACTION_PATH
#   SOC2LINT_SKIP_INSTALL=1  use soc2lint and soc2lint-summary from PATH
#   GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, RUNNER_TEMP  as GitHub sets them
set -euo pipefail

readonly module=github.com/soc2lint/soc2lint
fail_on="${INPUT_FAIL_ON:-error}"
format="${INPUT_FORMAT:-github}"

# install puts soc2lint and soc2lint-summary on PATH. Without a version it
# builds the checkout the action runs from, which is exactly the action's
# ref. With a version it installs that module version through the Go proxy.
install() {
	if [[ "${SOC2LINT_SKIP_INSTALL:-}" == 1 ]]; then
		return
	fi

	local bin="$work/bin"
	mkdir -p "$bin"
	if [[ -n "${INPUT_VERSION:-}" ]]; then
		GOBIN="$bin" go install "$module/cmd/soc2lint@$INPUT_VERSION" "$module/action/soc2lint-summary@$INPUT_VERSION"
	else
		local source="${ACTION_PATH:?ACTION_PATH must name the checkout of soc2lint when INPUT_VERSION is empty}"
		(cd "$source" && go build -trimpath -ldflags "-X main.version=${ACTION_REF:-dev}" -o "$bin/" ./cmd/soc2lint ./action/soc2lint-summary)
	fi
	PATH="$bin:$PATH"
}

# output appends one step output when GITHUB_OUTPUT is set.
output() {
	if [[ -n "${GITHUB_OUTPUT:-}" ]]; then
		printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"
	fi
}

# summarize appends the step summary, or discards it when GITHUB_STEP_SUMMARY
# is not set; extra arguments go to soc2lint-summary.
summarize() {
	soc2lint-summary -summary "${GITHUB_STEP_SUMMARY:-/dev/null}" -fail-on "$fail_on" -lang "${INPUT_LANG:-}" "$@"
}

# work contains the binaries and the JSON report. It is left in place
# because the report output points into it, and GitHub empties RUNNER_TEMP
# after each job.
work="$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/soc2lint.XXXXXX")"
install

paths=()
while IFS= read -r line; do
	line="${line#"${line%%[![:space:]]*}"}"
	line="${line%"${line##*[![:space:]]}"}"
	if [[ -n "$line" ]]; then
		paths+=("$line")
	fi
done <<<"${INPUT_PATH:-.}"
if [[ ${#paths[@]} -eq 0 ]]; then
	paths=(.)
fi

common=()
if [[ -n "${INPUT_CONFIG:-}" ]]; then common+=(--config "$INPUT_CONFIG"); fi
if [[ -n "${INPUT_LANG:-}" ]]; then common+=(--lang "$INPUT_LANG"); fi
if [[ -n "${INPUT_BASELINE:-}" ]]; then common+=(--baseline "$INPUT_BASELINE"); fi
if [[ -n "${INPUT_NEW_FROM_REV:-}" ]]; then common+=(--new-from-rev "$INPUT_NEW_FROM_REV"); fi

# The run whose output goes to the job log decides the exit code. The JSON
# and SARIF runs repeat the checks quietly with --fail-on none.
# TODO: lint once when soc2lint can write several formats in one run.
code=0
soc2lint lint "${common[@]}" --fail-on "$fail_on" --format "$format" -- "${paths[@]}" || code=$?
output exit-code "$code"
if [[ $code -ge 2 ]]; then
	summarize -exit-code "$code"
	exit "$code"
fi

report="$work/soc2lint.json"
json_code=0
soc2lint lint "${common[@]}" --fail-on none --quiet --format json --output "$report" -- "${paths[@]}" || json_code=$?
if [[ $json_code -ne 0 ]]; then
	summarize -exit-code "$json_code"
	exit "$json_code"
fi
output report "$report"

if [[ -n "${INPUT_SARIF:-}" ]]; then
	mkdir -p "$(dirname "$INPUT_SARIF")"
	sarif_code=0
	soc2lint lint "${common[@]}" --fail-on none --quiet --format sarif --output "$INPUT_SARIF" -- "${paths[@]}" || sarif_code=$?
	if [[ $sarif_code -ne 0 ]]; then
		summarize -exit-code "$sarif_code"
		exit "$sarif_code"
	fi
	output sarif "$INPUT_SARIF"
fi

summarize -report "$report" -exit-code "$code" -github-output "${GITHUB_OUTPUT:-}"
exit "$code"
