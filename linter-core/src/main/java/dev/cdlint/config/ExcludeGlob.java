package dev.cdlint.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * A path glob of models not to lint ({@code exclude:} in {@code .cdlint.yml}, {@code --exclude}, the Maven goal's
 * {@code excludes}), relative to a folder: the configuration file's, the working directory or the project. As
 * SwiftLint's {@code excluded:}, it excludes what it names and everything under it, so {@code Vendor} and
 * {@code Vendor/**} both exclude every model in {@code Vendor}. {@code **} crosses folders, {@code *} does not.
 *
 * @param base the folder the glob is relative to, absolute and normalised
 * @param glob as written, with {@code /} between names
 */
public record ExcludeGlob(Path base, String glob) {

    public ExcludeGlob {
        base = base.toAbsolutePath().normalize();
        // A trailing slash names a folder in the user's mind; the matcher compares names without one.
        while (glob.length() > 1 && glob.endsWith("/")) {
            glob = glob.substring(0, glob.length() - 1);
        }
        if (glob.isBlank()) {
            throw new IllegalArgumentException("an empty glob would exclude nothing");
        }
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + glob + "' is not a glob: " + e.getMessage(), e);
        }
    }

    /** Globs given on the command line or in a build, checked as they are read; a bad one is named. */
    public static List<ExcludeGlob> parseAll(Path base, List<String> globs) {
        return globs.stream().map(glob -> new ExcludeGlob(base, glob)).toList();
    }

    /** Whether the path, or a folder it is in below the base, matches the glob. */
    public boolean matches(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(base) || absolute.equals(base)) {
            return false;
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        for (Path relative = base.relativize(absolute); relative != null; relative = relative.getParent()) {
            if (matcher.matches(relative)) {
                return true;
            }
        }
        return false;
    }
}
