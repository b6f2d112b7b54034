package dev.cdlint.benchmarks;

import dev.cdlint.logs.Diagnosis;
import dev.cdlint.logs.LogDiagnoser;
import java.io.BufferedReader;
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
 * Reading and diagnosing a long synthetic console session ({@link SyntheticConsole}) in process, at three sizes
 * a decade apart, so the time per line shows whether the reader stays linear; {@code wrapAt} 80 is the same
 * session hard-wrapped as a terminal paste, where continuation lines make long messages. {@link #readLinesOnly}
 * is the floor: splitting the same text into lines and nothing else, run in the same JVM, so a busy machine
 * shows in both and their ratio still means something.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class LogBenchmark {

    @Param({"2000", "20000", "200000"})
    public int lines;

    @Param({"0", "80"})
    public int wrapAt;

    private String session;

    @Setup(Level.Trial)
    public void generate() {
        session = SyntheticConsole.session(lines, wrapAt);
        System.out.printf("%n# session: %,d lines, %,d characters%n", session.lines().count(), session.length());
    }

    @Benchmark
    public long readLinesOnly() throws IOException {
        BufferedReader in = new BufferedReader(new StringReader(session));
        long characters = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            characters += line.length();
        }
        return characters;
    }

    @Benchmark
    public List<Diagnosis> readAndDiagnose() throws IOException {
        LogDiagnoser diagnoser = new LogDiagnoser();
        diagnoser.read(Path.of("session.log"), new BufferedReader(new StringReader(session)));
        return diagnoser.diagnoses();
    }
}
