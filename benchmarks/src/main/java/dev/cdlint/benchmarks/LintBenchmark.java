package dev.cdlint.benchmarks;

import dev.cdlint.config.LintConfig;
import dev.cdlint.engine.RuleEngine;
import dev.cdlint.finding.Finding;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.xml.ModelReader;
import dev.cdlint.testing.SyntheticModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Read, mirror and check, in process, on generated models of 1, 10 and 50 MB: the throughput and the growth with
 * size that docs/performance.md records. Each configuration of the model is checked, as in a real run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(value = 2, jvmArgsAppend = {"-Xmx1g"})
public class LintBenchmark {

    @Param({"1", "10", "50"})
    public int megabytes;

    private Path directory;
    private Path model;
    private final RuleEngine engine = RuleEngine.withAllRules();

    @Setup(Level.Trial)
    public void generate() throws IOException {
        directory = Files.createTempDirectory("cdlint-bench");
        model = SyntheticModel.ofSize(megabytes * 1_000_000L).writeTo(directory.resolve("Bench.xcdatamodel"));
        System.out.printf("%n# model: %,d bytes%n", Files.size(model));
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(model);
        Files.deleteIfExists(model.getParent());
        Files.deleteIfExists(directory);
    }

    @Benchmark
    public List<Finding> readMirrorCheck() {
        DataModel read = ModelReader.read(model.getParent());
        return engine.check(read, LintConfig.defaults(), Optional.empty());
    }
}
