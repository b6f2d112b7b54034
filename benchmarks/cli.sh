#!/usr/bin/env bash
# Whole-process start-up: cdlint check as users run it (through ./cdlint, with its class-data-sharing archive
# warm) on a typical model and on the Journal sample with --against, each against the JVM's floor (java
# running an empty main) measured in the same run. Runs are interleaved, so a slower moment of the machine
# hits all three alike; the medians and their ratios go to standard output.
# Usage: benchmarks/cli.sh [RUNS] (default 21). Needs ./mvnw -pl cli,benchmarks -am package.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CDLINT_CACHE_DIR=$work/cache

printf 'public class Empty { public static void main(String[] a) {} }\n' > "$work/Empty.java"
javac -d "$work" "$work/Empty.java"
read -r typical _ < <(java -cp benchmarks/target/benchmarks.jar dev.cdlint.benchmarks.Generate typical "$work/Typical.xcdatamodel")

floor=(java -cp "$work" Empty)
version_run=(./cdlint --version)
typical_run=(./cdlint check "$(dirname "$typical")" --fail-on never)
sample_run=(./cdlint check samples/journal/Journal.xcdatamodeld --against samples/journal/cloudkit/production.ckdb --fail-on never)

"${typical_run[@]}" >/dev/null   # creates the archive, as a user's first run does
millis() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
for _ in $(seq 3); do millis "${floor[@]}" >/dev/null; millis "${typical_run[@]}" >/dev/null; done   # warm the OS caches

: > "$work/floor"; : > "$work/version"; : > "$work/typical"; : > "$work/sample"
for _ in $(seq "$runs"); do
  millis "${floor[@]}" >> "$work/floor"
  millis "${version_run[@]}" >> "$work/version"
  millis "${typical_run[@]}" >> "$work/typical"
  millis "${sample_run[@]}" >> "$work/sample"
done
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
f=$(median "$work/floor"); v=$(median "$work/version"); t=$(median "$work/typical"); s=$(median "$work/sample")
echo "runs: $runs (medians, ms)"
echo "jvm floor (empty main):                 $f"
printf 'cdlint --version (launcher + picocli):  %s  = %.1fx the floor\n' "$v" "$(echo "$v / $f" | bc -l)"
printf 'check, typical model (20 entities):     %s  = %.1fx the floor\n' "$t" "$(echo "$t / $f" | bc -l)"
printf 'check, Journal sample with --against:   %s  = %.1fx the floor\n' "$s" "$(echo "$s / $f" | bc -l)"
