package dev.cdlint.xcode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Paths a repository names (an .xcconfig include, an entitlements file, a local package) that cdlint may read:
 * regular files or folders whose real path is inside the repository. A symbolic link out of the tree is treated as
 * absent, so a hostile repository cannot make a run read, and quote, files elsewhere on the machine.
 */
public record InsideTree(Path root) {

    public InsideTree {
        root = realPath(root.toAbsolutePath().normalize());
    }

    /**
     * A path a file names, relative to a folder: empty when the text is no path on this system (a NUL, say), which
     * a hostile file may hold.
     */
    public static Optional<Path> resolve(Path base, String relative) {
        try {
            return Optional.of(base.resolve(relative).normalize());
        } catch (java.nio.file.InvalidPathException invalid) {
            return Optional.empty();
        }
    }

    /**
     * Whether a missing file is one that dependency managers generate and projects do not commit (CocoaPods'
     * {@code Pods/Target Support Files/…/Pods-App.debug.xcconfig}): its absence is normal, and it sets search
     * paths, never what the wiring checks read.
     */
    public static boolean generatedByDependencyManager(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return path.startsWith("Pods/") || path.contains("/Pods/") || (name.startsWith("Pods-")
                && name.endsWith(".xcconfig"));
    }

    /** The file, when it is a regular file inside the tree. */
    public Optional<Path> file(Path path) {
        return inside(path).filter(Files::isRegularFile);
    }

    /** The folder, when it is a folder inside the tree. */
    public Optional<Path> folder(Path path) {
        return inside(path).filter(Files::isDirectory);
    }

    private Optional<Path> inside(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        if (!Files.exists(normalized, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Path real = realPath(normalized);
        return real.startsWith(root) ? Optional.of(normalized) : Optional.empty();
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }
}
