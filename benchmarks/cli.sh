#!/usr/bin/env bash
# Whole-process start-up: `cdlint check` as users run it (through ./cdlint and its start-up archive) on the
# Journal sample and on a generated 50-version bundle, against the JVM's floor (the same java running an empty
# main) measured in the same run. For each JDK, twice: with the archive's cache empty before a first
# `cdlint --help` (what a new user runs first), and before a first `cdlint check`. Runs are interleaved, so a
# slower moment of the machine hits the floor and the checks alike; the medians of wall and CPU time and their
# ratios to the floor go to standard output. The targets (docs/performance.md) are on the wall-time ratios.
#
# Usage: benchmarks/cli.sh [RUNS] (default 21). Needs ./mvnw -pl cli,benchmarks -am package.
# JDKS="path ..." names the JDK homes to measure; default: JDK 17 and JDK 25 where installed, else JAVA_HOME
# or the java on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -z "${JDKS:-}" ]; then
  for candidate in /usr/lib/jvm/*17* /usr/lib/jvm/*-25-* /Library/Java/JavaVirtualMachines/*-{17,25}*.jdk/Contents/Home; do
    if [ -x "$candidate/bin/java" ] && [ ! -L "$candidate" ]; then JDKS="${JDKS:-} $candidate"; fi
  done
  JDKS=${JDKS:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}
fi
# One home per feature version (Debian lists JDK 17 under three names).
homes=()
seen=" "
for home in $JDKS; do
  feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null || true)
  case $seen in *" ${feature:-$home} "*) continue ;; esac
  seen="$seen${feature:-$home} "
  homes+=("$home")
done

. benchmarks/timing.sh
empty_main "$work"
bundle=$(java -cp benchmarks/target/benchmarks.jar dev.cdlint.benchmarks.Generate bundle 50 "$work")

sample_run=(./cdlint check samples/journal/Journal.xcdatamodeld --against samples/journal/cloudkit/production.ckdb --fail-on never)
bundle_run=(./cdlint check "$bundle" --fail-on never)

echo "runs: $runs per figure (medians, ms); $(nproc) cores, load average $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || uptime)"
for home in "${homes[@]}"; do
  export JAVA_HOME=$home
  version=$("$home/bin/java" -version 2>&1 | head -n 1)
  for first in help check; do
    export CDLINT_CACHE_DIR=$work/cache-$first
    rm -rf "$CDLINT_CACHE_DIR"
    case $first in
      help) ./cdlint --help >/dev/null ;;
      check) "${sample_run[@]}" >/dev/null ;;
    esac
    await_archive "$CDLINT_CACHE_DIR"
    floor=("$home/bin/java" -cp "$work" Empty)
    for _ in 1 2 3; do measure "${floor[@]}" >/dev/null; measure "${sample_run[@]}" >/dev/null; done   # warm the OS caches
    : > "$work/floor"; : > "$work/sample"; : > "$work/bundle"
    for _ in $(seq "$runs"); do
      measure "${floor[@]}" >> "$work/floor"
      measure "${sample_run[@]}" >> "$work/sample"
      measure "${bundle_run[@]}" >> "$work/bundle"
    done
    echo
    echo "$version, archive ($(ls "$CDLINT_CACHE_DIR" | sed -n 's/.*\.//p' | head -n 1)) after a first '$first':"
    echo "                               wall ms  ratio    cpu ms  ratio"
    for run in floor sample bundle; do
      case $run in
        floor) label="jvm floor (empty main)" ;;
        sample) label="check, Journal sample" ;;
        bundle) label="check, 50-version bundle" ;;
      esac
      printf '  %-26s %8s  %4.1fx  %8s  %4.1fx\n' "$label" "$(median "$work/$run" 1)" \
        "$(echo "$(median "$work/$run" 1) / $(median "$work/floor" 1)" | bc -l)" "$(median "$work/$run" 2)" \
        "$(echo "$(median "$work/$run" 2) / $(median "$work/floor" 2)" | bc -l)"
    done
  done
done
