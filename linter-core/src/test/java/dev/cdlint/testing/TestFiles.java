package dev.cdlint.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files a test writes into its temporary folder, with the folders above them. */
public final class TestFiles {

    private TestFiles() {}

    /** Writes {@code text} as UTF-8 to {@code dir/relative}, creating its folders; returns the file. */
    public static Path write(Path dir, String relative, String text) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
