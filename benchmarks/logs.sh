#!/usr/bin/env bash
# cdlint logs as a whole process on a log built from the shared corpus's excerpts (issue #24 targets: 200 MB in
# under 10 s; bounded memory), then the smallest -Xmx it runs in. Usage: benchmarks/logs.sh [MB] (default 200).
# Needs ./mvnw -pl cli,benchmarks -am package -DskipTests, hyperfine, and ../shared beside the project.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
read -r log bytes < <(java -cp benchmarks/target/benchmarks.jar dev.cdlint.benchmarks.Generate corpus-log "$mb" \
    "$work/corpus.log")
echo "corpus log: $bytes bytes"
hyperfine --warmup 1 --runs "${RUNS:-5}" "java -jar cli/target/cdlint.jar logs $log --fail-on never"
low=8; high=512
while (( low < high )); do
  mid=$(( (low + high) / 2 ))
  if java -Xmx${mid}m -jar cli/target/cdlint.jar logs "$log" --fail-on never >/dev/null 2>&1; then
    high=$mid
  else
    low=$(( mid + 1 ))
  fi
done
echo "smallest -Xmx: $low MB"
