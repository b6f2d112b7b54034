package dev.cdlint.benchmarks;

import dev.cdlint.lint.LintRequest;
import dev.cdlint.lint.LintResult;
import dev.cdlint.lint.Linter;
import dev.cdlint.model.swift.SwiftData;
import dev.cdlint.model.swift.SwiftDataReader;
import dev.cdlint.model.swift.SwiftFinder;
import dev.cdlint.model.swift.SwiftProject;
import dev.cdlint.swift.SwiftFile;
import dev.cdlint.testing.SyntheticModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Swift side, in process (docs/performance.md): the lexer and declaration reader on 10 MB of model source (its
 * MB/s is the file's size over the time), the whole SwiftData reading of a project of models, and what a tree of
 * 5,000 Swift files that mention no model adds to linting a folder with one Core Data model.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(value = 2, jvmArgsAppend = {"-Xmx1g"})
public class SwiftBenchmark {

    private Path directory;
    private String source;
    private Path sourceFile;
    private Path modelsProject;
    private Path withoutSwift;
    private Path withAppCode;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        directory = Files.createTempDirectory("cdlint-swift-bench");
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 10_000_000; i++) {
            text.append(SyntheticSwift.models("Big" + i + "x", 20)).append(SyntheticSwift.appCode(i));
        }
        source = text.toString();
        sourceFile = directory.resolve("Big.swift");
        modelsProject = SyntheticSwift.project(directory.resolve("models"), 20, 10, 200);
        withoutSwift = directory.resolve("plain");
        SyntheticModel.typical().writeTo(withoutSwift.resolve("App/Model.xcdatamodel"));
        withAppCode = SyntheticSwift.project(directory.resolve("app"), 0, 0, 5_000);
        SyntheticModel.typical().writeTo(withAppCode.resolve("App/Model.xcdatamodel"));
        System.out.printf("%n# source: %,d bytes (%,d characters); models project: %,d bytes of Swift%n",
                source.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, source.length(),
                swiftBytes(modelsProject));
    }

    private static long swiftBytes(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".swift")).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        ScratchFolders.delete(directory);
    }

    /** Lexing and reading the declarations of 10 MB of Swift. */
    @Benchmark
    public SwiftFile readTenMegabytes() {
        return SwiftFile.read(sourceFile, source);
    }

    /** Finding, reading and placing the models of a project: 20 model files of 10 classes, 200 other files. */
    @Benchmark
    public SwiftData readModelsProject() {
        return SwiftDataReader.read(SwiftProject.read(SwiftFinder.find(modelsProject, p -> false)));
    }

    /** A folder with one Core Data model and no Swift. */
    @Benchmark
    public LintResult lintFolderWithoutSwift() {
        return new Linter().lint(LintRequest.of(withoutSwift));
    }

    /** The same model beside 5,000 Swift files that mention no model or container. */
    @Benchmark
    public LintResult lintFolderWithFiveThousandSwiftFiles() {
        return new Linter().lint(LintRequest.of(withAppCode));
    }
}
