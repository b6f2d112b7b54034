package dev.cdlint.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an element was read from: the file and the 1-based line and column of its start. Line and column are 0
 * when unknown (an element that cdlint made up, such as the implicit Default configuration).
 */
public record SourceLocation(Path file, int line, int column) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    public static SourceLocation ofFile(Path file) {
        return new SourceLocation(file, 0, 0);
    }

    /** {@code :line:column}, {@code :line}, or nothing: what follows the file name where a position is shown. */
    public String position() {
        if (line <= 0) {
            return "";
        }
        return column > 0 ? ":" + line + ":" + column : ":" + line;
    }

    /** {@code file:line:column}, or as much of it as is known. */
    @Override
    public String toString() {
        return file + position();
    }
}
