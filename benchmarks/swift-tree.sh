#!/usr/bin/env bash
# What a tree of Swift files that declare no model adds to a whole `cdlint check`: a folder with one generated
# Core Data model, and the same model beside N files of generated app code, run alternately through bin/cdlint
# (with its start-up archive). Prints the medians of wall and CPU time.
#
# Usage: benchmarks/swift-tree.sh [FILES [RUNS]]   (default: 5000 files, 11 runs), after
#   ./mvnw -q -B -pl cli,benchmarks -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-5000}
runs=${2:-11}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. benchmarks/timing.sh

java -cp benchmarks/target/benchmarks.jar dev.cdlint.benchmarks.Generate swift 0 "$work/model" >/dev/null
java -cp benchmarks/target/benchmarks.jar dev.cdlint.benchmarks.Generate swift "$files" "$work/tree" >/dev/null
jar=$PWD/cli/target/cdlint.jar
run() { CDLINT_JAR=$jar CDLINT_CACHE_DIR=$work/cache cli/src/dist/bin/cdlint check "$1" --fail-on never; }
run "$work/model" >/dev/null 2>&1 || true   # makes the start-up archive
await_archive "$work/cache"
: > "$work/model.times"
: > "$work/tree.times"
for _ in $(seq "$runs"); do
  measure run "$work/model" >> "$work/model.times"
  measure run "$work/tree" >> "$work/tree.times"
done
echo "one model:                      wall $(median "$work/model.times" 1) ms, cpu $(median "$work/model.times" 2) ms"
echo "the model beside $files .swift: wall $(median "$work/tree.times" 1) ms, cpu $(median "$work/tree.times" 2) ms"
