#!/usr/bin/env bash
# The GitHub Action's step (action.yml at the repository root): runs `cdlint check` twice on the same input, once
# writing SARIF for code scanning and once printing the chosen format (GitHub annotations by default) to the log,
# whose exit code is the step's. Kept in a script so that it is tested outside GitHub (GithubActionTest).
#
# Environment, from the action's inputs:
#   CDLINT_PATHS        models or folders, separated by spaces or new lines (default: .)
#   CDLINT_AGAINST      production schema (.ckdb) to compare with; optional
#   CDLINT_AGAINST_REF  git ref whose model is the one deployed, for the evolution rules; optional
#   CDLINT_FAIL_ON      error, warning, info or never (default: error)
#   CDLINT_FORMAT       the format printed to the log (default: github)
#   CDLINT_SARIF_FILE   where the SARIF report goes (default: cdlint.sarif); empty: none
#   CDLINT              the cdlint command (default: the launcher beside this script's repository root)
#   GITHUB_OUTPUT       set by the runner: the step's outputs sarif-file and exit-code are appended to it
set -uo pipefail

cdlint=${CDLINT:-$(cd "$(dirname "$0")/../.." && pwd -P)/cdlint}

options=()
if [ -n "${CDLINT_AGAINST:-}" ]; then
  options+=(--against "$CDLINT_AGAINST")
fi
if [ -n "${CDLINT_AGAINST_REF:-}" ]; then
  options+=(--against-ref "$CDLINT_AGAINST_REF")
fi

# Split on spaces and new lines, never glob: a path is what the workflow wrote.
set -f
# shellcheck disable=SC2206
paths=(${CDLINT_PATHS:-.})
set +f

sarif=${CDLINT_SARIF_FILE-cdlint.sarif}
if [ -n "$sarif" ]; then
  # Findings never fail this run: the second one decides. Bad input (exit 2 and above) is reported by both.
  "$cdlint" check "${paths[@]}" "${options[@]}" --format sarif --fail-on never --output "$sarif" >/dev/null
fi

"$cdlint" check "${paths[@]}" "${options[@]}" --format "${CDLINT_FORMAT:-github}" --fail-on "${CDLINT_FAIL_ON:-error}"
status=$?

if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "sarif-file=$sarif"
    echo "exit-code=$status"
  } >> "$GITHUB_OUTPUT"
fi
exit "$status"
