#!/usr/bin/env bash
# Compares builds of the CLI on start-up: `cdlint check` on the Journal sample through bin/cdlint (with each
# build's own start-up archive, made first), interleaved with the JVM floor in one loop, so that the machine's
# slower moments hit every build alike. This machine's noise moves whole runs by 10-20% from one hour to the
# next; a change is judged by such a run, not by two runs of benchmarks/cli.sh taken apart.
#
# Usage: benchmarks/compare.sh RUNS NAME=JAR [NAME=JAR ...]
#   for example, with the jar of an older commit built in a worktree:
#   benchmarks/compare.sh 15 before=/tmp/old/cli/target/cdlint.jar after=cli/target/cdlint.jar
# JAVA_HOME picks the JDK (default: java on the PATH); CDLINT_JAVA_OPTS is passed on to every build. Every build
# runs through this tree's bin/cdlint, so a change to the launcher itself is measured with benchmarks/cli.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=$1
shift
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java_cmd=${JAVA_HOME:+$JAVA_HOME/bin/}java

. benchmarks/timing.sh
empty_main "$work"

check=(check samples/journal/Journal.xcdatamodeld --against samples/journal/cloudkit/production.ckdb --fail-on never)
run() { CDLINT_JAR=$(cd "$(dirname "$2")" && pwd -P)/$(basename "$2") CDLINT_CACHE_DIR=$work/cache-$1 \
  cli/src/dist/bin/cdlint "${check[@]}"; }

names=()
jars=()
for build in "$@"; do
  name=${build%%=*}
  names+=("$name")
  jars[$((${#names[@]} - 1))]=${build#*=}
  run "$name" "${build#*=}" >/dev/null 2>&1 || true   # starts training the build's archive
  await_archive "$work/cache-$name"
  : > "$work/$name"
done
: > "$work/floor"
for _ in $(seq "$runs"); do
  measure "$java_cmd" -cp "$work" Empty >> "$work/floor"
  for i in "${!names[@]}"; do
    measure run "${names[$i]}" "${jars[$i]}" >> "$work/${names[$i]}"
  done
done

echo "$("$java_cmd" -version 2>&1 | head -n 1); $runs runs, medians; load average $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || uptime)"
echo "                 wall ms  ratio    cpu ms"
printf '  %-12s %8s  %4.1fx  %8s\n' floor "$(median "$work/floor" 1)" 1 "$(median "$work/floor" 2)"
for name in "${names[@]}"; do
  printf '  %-12s %8s  %4.1fx  %8s\n' "$name" "$(median "$work/$name" 1)" \
    "$(echo "$(median "$work/$name" 1) / $(median "$work/floor" 1)" | bc -l)" "$(median "$work/$name" 2)"
done
