package dev.cdlint;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
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

    /** Every file under the folder that matches, sorted, as a stable list for parameterized tests. */
    public static List<Path> files(Path folder, Predicate<Path> matching) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(matching).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
