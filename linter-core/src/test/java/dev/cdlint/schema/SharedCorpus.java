package dev.cdlint.schema;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The real {@code .ckdb} files collected in {@code shared/corpus/schemas}, next to the Maven project root. The corpus
 * belongs to other projects, so it is read in place and never copied here; where it is absent (a fresh clone) the
 * tests that need it are skipped with the reason, not failed.
 */
final class SharedCorpus {

    private SharedCorpus() {
    }

    /** The corpus directory, or the test is aborted (reported as skipped) with the path that was looked for. */
    static Path schemasDirectory() {
        Path shared = projectRoot().resolveSibling("shared");
        Path schemas = shared.resolve("corpus").resolve("schemas");
        assumeTrue(Files.isDirectory(schemas), () -> shared + " is absent: no corpus at " + schemas);
        return schemas;
    }

    /** Every {@code *.ckdb} file of the corpus, sorted by name. Fails if the directory holds none. */
    static List<Path> schemaFiles() {
        try (Stream<Path> files = Files.list(schemasDirectory())) {
            List<Path> schemas = files.filter(f -> f.getFileName().toString().endsWith(".ckdb")).sorted().toList();
            if (schemas.isEmpty()) {
                throw new IllegalStateException("the corpus directory holds no .ckdb file");
            }
            return schemas;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Corpus files by the {@code owner/name} of the repository they were collected from (SOURCES.tsv). */
    static Map<String, Path> schemaFilesByRepository() {
        Path directory = schemasDirectory();
        try (Stream<String> lines = Files.lines(directory.resolve("SOURCES.tsv"))) {
            return lines.skip(1)
                    .map(line -> line.split("\t"))
                    .collect(Collectors.toMap(columns -> columns[1], columns -> directory.resolve(columns[0])));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Surefire runs in the module directory; the root is the nearest directory holding the Maven Wrapper. */
    private static Path projectRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no Maven project root (a directory with mvnw) above " + start);
    }
}
