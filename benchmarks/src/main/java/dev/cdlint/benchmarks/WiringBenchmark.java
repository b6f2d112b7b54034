package dev.cdlint.benchmarks;

import dev.cdlint.catalog.Catalog;
import dev.cdlint.check.RuleSettings;
import dev.cdlint.finding.Finding;
import dev.cdlint.lint.LintRequest;
import dev.cdlint.lint.Linter;
import dev.cdlint.model.xml.ModelFinder;
import dev.cdlint.testing.SyntheticModel;
import dev.cdlint.wiring.SwiftCode;
import dev.cdlint.wiring.WiringChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * What the wiring checks add to {@code cdlint check} on an app repository (issue #23: under one second at 10,000
 * files): {@code checkModel} lints the repository's model bundle alone, which reads no project file;
 * {@code checkRepositoryModelsOnly} finds the repository's models and lints them, as {@code check} on the root
 * did before the wiring checks; {@code checkRepository} lints the repository root, the models and the wiring
 * (the Swift read once for both). {@code wiring} runs the wiring checks alone without reading code,
 * {@code wiringReadingCode} with the Swift reader, which looks at every Swift file and reads those that mention
 * a container.
 * docs/performance.md ("App wiring") records the results.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class WiringBenchmark {

    /** Files in the repository, nearly all of them Swift sources in synchronized folders. */
    @Param({"10000"})
    public int files;

    private Path repository;
    private Path model;
    private final Linter linter = new Linter();

    @Setup(Level.Trial)
    public void generate() throws IOException {
        repository = Files.createTempDirectory("cdlint-wiring");
        model = SyntheticModel.typical().writeTo(repository.resolve("Shared/Notes.xcdatamodeld/Notes.xcdatamodel"))
                .getParent().getParent();
        RepositoryShape.write(repository, files);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        ScratchFolders.delete(repository);
    }

    @Benchmark
    public List<Finding> checkModel() {
        return linter.lint(LintRequest.of(model)).findings();
    }

    /** What {@code check} did on the repository before the wiring checks: find its models, lint them. */
    @Benchmark
    public List<Finding> checkRepositoryModelsOnly() {
        return linter.lint(new LintRequest(ModelFinder.findModels(repository), null, null, Map.of())).findings();
    }

    @Benchmark
    public List<Finding> checkRepository() {
        return linter.lint(LintRequest.of(repository)).findings();
    }

    @Benchmark
    public List<Finding> wiring() {
        return WiringChecks.check(repository, SwiftCode.NONE, Catalog.wiringRules(),
                check -> Optional.of(RuleSettings.defaults(check))).findings();
    }

    @Benchmark
    public List<Finding> wiringReadingCode() {
        return WiringChecks.check(repository, SwiftCode.READER, Catalog.wiringRules(),
                check -> Optional.of(RuleSettings.defaults(check))).findings();
    }
}
