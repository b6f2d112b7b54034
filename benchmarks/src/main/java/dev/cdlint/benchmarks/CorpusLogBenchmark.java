package dev.cdlint.benchmarks;

import dev.cdlint.logs.Diagnosis;
import dev.cdlint.logs.LogDiagnoser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and diagnosing a log built from the corpus's real excerpts ({@link CorpusLog}) in process: the target
 * is 50 MB/s or more. Throughput is the size over the average time; a character of these excerpts is a byte.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xmx1g"})
public class CorpusLogBenchmark {

    @Param({"10", "50"})
    public int megabytes;

    private String log;

    @Setup(Level.Trial)
    public void build() {
        log = CorpusLog.load().ofSize(megabytes * 1_000_000L);
        System.out.printf("%n# corpus log: %,d characters%n", log.length());
    }

    @Benchmark
    public List<Diagnosis> readAndDiagnose() throws IOException {
        LogDiagnoser diagnoser = new LogDiagnoser();
        diagnoser.read(Path.of("corpus.log"), new StringReader(log));
        return diagnoser.diagnoses();
    }
}
