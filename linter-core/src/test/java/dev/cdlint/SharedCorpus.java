package dev.cdlint;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real-world test data at {@code ../shared} beside the project. It is on every development machine and in CI
 * but not in a user's clone, so tests that need it skip, saying why, when it is absent.
 */
public final class SharedCorpus {

    private SharedCorpus() {}

    /** The shared folder, found beside the project root (the nearest ancestor with a mvnw). */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        Path shared = dir == null ? Path.of("../shared").toAbsolutePath() : dir.resolveSibling("shared");
        assumeTrue(Files.isDirectory(shared.resolve("corpus")),
                "skipped: " + shared.normalize() + " is absent (the shared corpus is only on development machines"
                        + " and in CI)");
        return shared;
    }

    public static Path models() {
        return root().resolve("corpus/models");
    }

    public static Path schemas() {
        return root().resolve("corpus/schemas");
    }

    /** Every {@code *.ckdb} file of the schema corpus, sorted by name. */
    public static List<Path> schemaFiles() {
        List<Path> schemas = files(schemas(), f -> f.getFileName().toString().endsWith(".ckdb"));
        if (schemas.isEmpty()) {
            throw new IllegalStateException("the corpus directory holds no .ckdb file");
        }
        return schemas;
    }

    /** Schema corpus files by the {@code owner/name} of the repository they were collected from (SOURCES.tsv). */
    public static Map<String, Path> schemaFilesByRepository() {
        Path directory = schemas();
        try (Stream<String> lines = Files.lines(directory.resolve("SOURCES.tsv"))) {
            return lines.skip(1)
                    .map(line -> line.split("\t"))
                    .collect(Collectors.toMap(columns -> columns[1], columns -> directory.resolve(columns[0])));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under the folder that matches, sorted, as a stable list for parameterized tests. */
    public static List<Path> files(Path folder, Predicate<Path> matching) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(matching).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
