package dev.cdlint.report;

import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;

/**
 * The directory a run was started in, which reports name files relative to: users read and click paths as they
 * would type them, and CI services (GitHub, Jenkins) resolve relative paths against the checkout.
 *
 * @param path made absolute and normalized, so that paths the linter kept relative and absolute ones compare equal
 */
public record WorkingDirectory(Path path) {

    public WorkingDirectory {
        path = path.toAbsolutePath().normalize();
    }

    /** The file as an absolute, normalized path; a relative file is taken as relative to this directory. */
    public Path absolute(Path file) {
        return path.resolve(file).normalize();
    }

    public boolean contains(Path file) {
        return absolute(file).startsWith(path);
    }

    /**
     * The file relative to this directory with {@code /} separators whatever the platform, so that report files
     * are the same on every machine; the absolute path for a file outside it.
     */
    public String display(Path file) {
        Path absolute = absolute(file);
        if (!absolute.startsWith(path)) {
            return absolute.toString();
        }
        Path relative = path.relativize(absolute);
        if (relative.toString().isEmpty()) {
            return ".";
        }
        StringBuilder joined = new StringBuilder();
        for (Path name : relative) {
            if (!joined.isEmpty()) {
                joined.append('/');
            }
            joined.append(name);
        }
        return joined.toString();
    }

    /** {@code file:line:column}, or as much of it as is known, with the file as {@link #display(Path)} shows it. */
    public String display(SourceLocation location) {
        return display(location.file()) + location.position();
    }

    /** The same with the absolute path, for consumers that open the file themselves (Xcode). */
    public String displayAbsolute(SourceLocation location) {
        return absolute(location.file()) + location.position();
    }
}
