#!/usr/bin/env bash
# Every benchmark behind docs/performance.md, in one command: builds what they need, then the whole-process
# start-up runs, the peak-heap bisection and the JMH in-process benchmark. Takes about ten minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl cli,benchmarks -am package -DskipTests
echo "== whole process (benchmarks/cli.sh)"
benchmarks/cli.sh "${RUNS:-21}"
echo "== peak heap (benchmarks/heap.sh)"
benchmarks/heap.sh 1 10 50
echo "== in process (JMH)"
java -jar benchmarks/target/benchmarks.jar LintBenchmark
echo "== sync logs (LogScaling: CPU time; LogBenchmark: JMH)"
java -Xmx1g -cp benchmarks/target/benchmarks.jar dev.cdlint.benchmarks.LogScaling 0
java -Xmx1g -cp benchmarks/target/benchmarks.jar dev.cdlint.benchmarks.LogScaling 80
java -jar benchmarks/target/benchmarks.jar LogBenchmark -wi 3 -i 5
echo "== sync logs built from the corpus excerpts (CorpusLogBenchmark: JMH; logs.sh: whole process, heap)"
java -jar benchmarks/target/benchmarks.jar CorpusLogBenchmark
benchmarks/logs.sh 200
