#!/usr/bin/env bash
# Finds the smallest -Xmx (in MB) under which cdlint reads, mirrors and checks a generated model of each size:
# the peak heap a run needs. Usage: benchmarks/heap.sh [MB...] (default: 1 10 50). Needs ./mvnw -pl benchmarks -am package.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for mb in "${@:-1 10 50}"; do
  for size in $mb; do
    read -r contents bytes < <(java -cp "$jar" dev.cdlint.benchmarks.Generate "$size" "$work/M$size.xcdatamodel")
    low=1; high=$(( bytes / 1000000 * 20 + 64 ))
    while (( low < high )); do
      mid=$(( (low + high) / 2 ))
      if java -Xmx${mid}m -cp "$jar" dev.cdlint.benchmarks.PeakHeap "$contents" >/dev/null 2>&1; then high=$mid; else low=$(( mid + 1 )); fi
    done
    printf '%s MB model (%d bytes): smallest -Xmx %d MB = %.1fx the input\n' "$size" "$bytes" "$low" \
      "$(echo "$low * 1000000 / $bytes" | bc -l)"
  done
done
