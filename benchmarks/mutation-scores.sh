#!/usr/bin/env bash
# Turns PIT's mutations.csv into the per-package table of docs/mutation-testing.md: mutants, killed (a test failed,
# timed out or ran out of memory), survived, no coverage, and the score, killed of all mutants.
#
# Usage: benchmarks/mutation-scores.sh [CSV]   (default: linter-core/target/pit-reports/mutations.csv), after
#   ./mvnw -P mutation -pl linter-core test-compile org.pitest:pitest-maven:mutationCoverage
# With PACKAGES set to a regular expression, only the packages it matches are listed (the "all" row sums them):
#   PACKAGES='^(rules|diff|evolution)$' benchmarks/mutation-scores.sh
set -euo pipefail
cd "$(dirname "$0")/.."
csv=${1:-linter-core/target/pit-reports/mutations.csv}

# A row is: file, mutated class, mutator, method, line, status, killing tests. Only the killing tests may hold a
# comma, so the status is always the sixth field.
row() { awk -v p="$1" -v k="$2" -v s="$3" -v u="$4" 'BEGIN {
  t = k + s + u; printf "| %s | %d | %d | %d | %d | %d%% |\n", p, t, k, s, u, int(100 * k / t) }'; }

echo "| package | mutants | killed | survived | no coverage | score |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
awk -F, -v packages="${PACKAGES:-.}" '
  {
    package = $2
    sub(/\.[^.]*$/, "", package)
    sub(/^dev\.cdlint\./, "", package)
    if (package !~ packages) next
    status = $6
    if (status == "KILLED" || status == "TIMED_OUT" || status == "MEMORY_ERROR") { k[package]++ }
    else if (status == "SURVIVED") { s[package]++ }
    else if (status == "NO_COVERAGE") { u[package]++ }
    else { printf "unexpected status %s in: %s\n", status, $0 > "/dev/stderr"; exit 1 }
    seen[package] = 1
  }
  END { for (p in seen) print p, k[p] + 0, s[p] + 0, u[p] + 0 }' "$csv" | sort |
  { all=(0 0 0)
    while read -r package killed survived uncovered; do
      row "\`$package\`" "$killed" "$survived" "$uncovered"
      all=($((all[0] + killed)) $((all[1] + survived)) $((all[2] + uncovered)))
    done
    row all "${all[@]}"; }
