package dev.cdlint.benchmarks;

import dev.cdlint.config.LintConfig;
import dev.cdlint.engine.RuleEngine;
import dev.cdlint.finding.Finding;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.model.xml.ModelReader;
import dev.cdlint.schema.CkdbParser;
import dev.cdlint.schema.CkdbWriter;
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
 * The shapes that were quadratic (#11), as whole runs of read, parse and check: many entities checked against a
 * production schema with as many record types, and as many configurations as entities. Each is compared with
 * the plain check of the same model; docs/performance.md ("Many record types, many configurations") records
 * the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ScaleBenchmark {

    /** Entities, each its own root: as many record types. */
    @Param({"10000", "40000"})
    public int entities;

    private Path directory;
    private Path model;
    private Path schema;
    private Path configurations;
    private final RuleEngine engine = RuleEngine.withAllRules();

    @Setup(Level.Trial)
    public void generate() throws IOException {
        directory = Files.createTempDirectory("cdlint-scale");
        model = new SyntheticModel(entities, 2, 0, 1, 1).writeTo(directory.resolve("Wide.xcdatamodel"))
                .getParent();
        ModelVersion version = ModelReader.read(model).current();
        // Production as the model would deploy it, each record type with a field the model no longer writes.
        String deployed = CkdbWriter.write(Mirror.of(version, version.configurations().get(0),
                DatabaseScope.PRIVATE).toSchema()).replace("CD_entityName ", "CD_renamed STRING,\n CD_entityName ");
        schema = Files.writeString(directory.resolve("production.ckdb"), deployed);
        configurations = new SyntheticModel(entities / 2, 1, 0, 1, entities / 2)
                .writeTo(directory.resolve("Stores.xcdatamodel")).getParent();
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        ScratchFolders.delete(directory);
    }

    /** The baseline: the model on its own. */
    @Benchmark
    public List<Finding> check() {
        DataModel read = ModelReader.read(model);
        return engine.check(read, LintConfig.defaults(), Optional.empty());
    }

    /** The same model against a schema of as many record types: {@code check --against}. */
    @Benchmark
    public List<Finding> checkAgainst() {
        DataModel read = ModelReader.read(model);
        return engine.check(read, LintConfig.defaults(), Optional.of(CkdbParser.parse(schema)));
    }

    /** Half as many entities, each in a configuration of its own. */
    @Benchmark
    public List<Finding> checkConfigurations() {
        DataModel read = ModelReader.read(configurations);
        return engine.check(read, LintConfig.defaults(), Optional.empty());
    }
}
