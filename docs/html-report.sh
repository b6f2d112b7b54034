#!/usr/bin/env bash
# Draws docs/html-report.png, the README's picture of `--format html`: the Journal sample against its production
# schema and the model version production was deployed from, at its record types, as headless Chromium shows them.
# Needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver). Usage: docs/html-report.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./cdlint check samples/journal/Journal.xcdatamodeld --against samples/journal/cloudkit/production.ckdb \
  --against-model samples/journal/Journal.xcdatamodeld/Journal.xcdatamodel \
  --format html --output "$work/journal.html" --fail-on never
./mvnw -q -B -pl benchmarks -am package -DskipTests
java -cp benchmarks/target/benchmarks.jar dev.cdlint.benchmarks.ReportPicture "$work/journal.html" \
  'h3[id^="types-"]' docs/html-report.png 1200 1000
echo "wrote docs/html-report.png"
