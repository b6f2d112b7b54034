package dev.cdlint.model.xml;

import dev.cdlint.source.InputException;
import dev.cdlint.source.IoReasons;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Finds the models a path stands for: in a directory tree, or the model a single file belongs to. */
public final class ModelFinder {

    /** Build output, dependencies and tool folders: models there are copies or someone else's. */
    private static final Set<String> SKIPPED_DIRECTORIES =
            Set.of("target", "build", "DerivedData", "node_modules", "Pods", "Carthage");

    private ModelFinder() {}

    /**
     * Every model under a directory: each {@code .xcdatamodeld} bundle, and each {@code .xcdatamodel} that is not
     * inside one. Hidden directories and {@link #SKIPPED_DIRECTORIES} are not searched. A symbolic link to a model
     * is followed (and to the directory itself); links to other directories are not, so a link to {@code /} or to
     * a parent never widens the search. A directory that cannot be opened, and a link to a model that cannot be
     * followed, are returned as if they were models, so that reading them says why ("permission denied", "a
     * symbolic link to a missing file") instead of the run passing in silence.
     */
    public static List<Path> findModels(Path directory) {
        List<Path> models = new ArrayList<>();
        try {
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (isModelName(dir)) {
                        models.add(dir);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    boolean skipped = !dir.equals(directory) && (isSkipped(dir) || Files.isSymbolicLink(dir));
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                /**
                 * A link to a model that cannot be followed (its target is missing, or it leads back to itself) is
                 * visited as a file: it is a model that cannot be read, which reading it says, not one to pass over.
                 */
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isSymbolicLink() && isModelName(file)) {
                        models.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (!(e instanceof FileSystemLoopException) && Files.isDirectory(file)
                            && (file.equals(directory) || isModelName(file)
                                    || !(isSkipped(file) || Files.isSymbolicLink(file)))) {
                        models.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(directory), "cannot search the directory: "
                    + IoReasons.of(e), e);
        }
        models.sort(null);
        return models;
    }

    private static boolean isModelName(Path path) {
        String name = fileName(path);
        return name.endsWith(ModelReader.BUNDLE_SUFFIX) || name.endsWith(ModelReader.VERSION_SUFFIX);
    }

    private static boolean isSkipped(Path dir) {
        String name = fileName(dir);
        return name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name);
    }

    private static String fileName(Path path) {
        return path.getFileName() == null ? "" : path.getFileName().toString();
    }

    /**
     * The model a file belongs to, so that {@code X.xcdatamodeld/X 2.xcdatamodel/contents} lints the whole bundle
     * (the way Xcode and pre-commit name files): the enclosing bundle, else the enclosing model folder, else the
     * path itself.
     */
    public static Path modelOf(Path path) {
        Path folder = null;
        for (Path p = path.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            if (name.endsWith(ModelReader.BUNDLE_SUFFIX)) {
                return relativeLike(path, p);
            }
            if (folder == null && name.endsWith(ModelReader.VERSION_SUFFIX)) {
                folder = p;
            }
        }
        return folder == null ? path : relativeLike(path, folder);
    }

    /** Keeps a relative input relative, so reports show the paths the user typed. */
    private static Path relativeLike(Path input, Path absolute) {
        if (input.isAbsolute()) {
            return absolute;
        }
        Path cwd = Path.of("").toAbsolutePath();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
    }
}
