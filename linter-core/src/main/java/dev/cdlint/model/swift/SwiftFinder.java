package dev.cdlint.model.swift;

import dev.cdlint.source.InputException;
import dev.cdlint.source.IoReasons;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the Swift sources and entitlements files of a project: every {@code .swift} and {@code .entitlements}
 * file under a folder, outside build output and vendored code. It only walks the tree; nothing is read here, so a
 * run that finds no Swift file loads none of the Swift reader.
 */
public final class SwiftFinder {

    /** Build output, dependencies and tool folders: their sources are generated or someone else's. */
    private static final Set<String> SKIPPED_DIRECTORIES =
            Set.of("build", "DerivedData", "node_modules", "Pods", "Carthage", "target", "SourcePackages");
    /** What marks a project's root: a repository, a package, an XcodeGen spec, cdlint's configuration. */
    private static final List<String> ROOT_MARKERS = List.of(".git", "Package.swift", "project.yml", ".cdlint.yml");

    /**
     * @param root the folder searched
     * @param excludedAny something under it was left out because {@code exclude:} or {@code --exclude} names it
     */
    public record Found(Path root, List<Path> swiftFiles, List<Path> entitlements, boolean excludedAny) {

        public Found {
            swiftFiles = List.copyOf(swiftFiles);
            entitlements = List.copyOf(entitlements);
        }

        public boolean isEmpty() {
            return swiftFiles.isEmpty();
        }
    }

    private SwiftFinder() {}

    /**
     * The Swift and entitlements files under the folder, sorted. Hidden folders ({@code .build}, {@code .git}) and
     * the skipped ones are not searched, nor are folders {@code excluded} names. Symbolic links to folders are not
     * followed; a linked file is taken only when it resolves inside the folder, so a link never widens the search.
     */
    public static Found find(Path root, Predicate<Path> excluded) {
        List<Path> swift = new ArrayList<>();
        List<Path> entitlements = new ArrayList<>();
        boolean[] excludedAny = {false};
        Path realRoot = realPath(root);
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = dir.getFileName().toString();
                    if (excluded.test(dir)) {
                        excludedAny[0] = true;
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    boolean skipped = name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name)
                            || name.endsWith(".xcdatamodeld") || name.endsWith(".xcassets");
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = file.getFileName().toString();
                    boolean wanted = name.endsWith(".swift") || name.endsWith(".entitlements");
                    if (!wanted) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (excluded.test(file)) {
                        excludedAny[0] = true;
                        return FileVisitResult.CONTINUE;
                    }
                    if (attributes.isSymbolicLink() && !realPath(file).startsWith(realRoot)) {
                        return FileVisitResult.CONTINUE;
                    }
                    (name.endsWith(".swift") ? swift : entitlements).add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(root), "cannot search the directory: " + IoReasons.of(e), e);
        }
        swift.sort(null);
        entitlements.sort(null);
        return new Found(root, swift, entitlements, excludedAny[0]);
    }

    /**
     * The root of the project a file belongs to: the nearest folder above it that holds {@code .git},
     * {@code Package.swift}, {@code project.yml}, {@code .cdlint.yml} or an {@code .xcodeproj}; the file's own
     * folder when there is none. A Swift file named alone (a pre-commit hook's staged file) is read with the rest of its project, since
     * a model's classes, its relationships' destinations and its container code are spread over several files.
     */
    public static Path projectRoot(Path file) {
        Path start = file.toAbsolutePath().normalize().getParent();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            for (String marker : ROOT_MARKERS) {
                if (Files.exists(dir.resolve(marker))) {
                    return dir;
                }
            }
            if (hasXcodeProject(dir)) {
                return dir;
            }
        }
        return start;
    }

    private static boolean hasXcodeProject(Path dir) {
        try (var children = Files.newDirectoryStream(dir, "*.xcodeproj")) {
            return children.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
