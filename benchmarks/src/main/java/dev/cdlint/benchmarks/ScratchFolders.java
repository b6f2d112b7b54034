package dev.cdlint.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The generated inputs' folders, removed after a trial so that benchmarks leave nothing behind. */
final class ScratchFolders {

    private ScratchFolders() {}

    /** Deletes a folder the benchmark generated, and everything in it. */
    static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
