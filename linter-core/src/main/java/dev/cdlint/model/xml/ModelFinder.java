package dev.cdlint.model.xml;

import dev.cdlint.source.InputException;
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

/** Finds the models a path stands for: in a directory tree, or the model a single file belongs to. */
public final class ModelFinder {

    /** Build output, dependencies and tool folders: models there are copies or someone else's. */
    private static final Set<String> SKIPPED_DIRECTORIES =
            Set.of("target", "build", "DerivedData", "node_modules", "Pods", "Carthage");

    private ModelFinder() {}

    /**
     * Every model under a directory: each {@code .xcdatamodeld} bundle, and each {@code .xcdatamodel} that is not
     * inside one. Hidden directories and {@link #SKIPPED_DIRECTORIES} are not searched.
     */
    public static List<Path> findModels(Path directory) {
        List<Path> models = new ArrayList<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (name.endsWith(ModelReader.BUNDLE_SUFFIX) || name.endsWith(ModelReader.VERSION_SUFFIX)) {
                        models.add(dir);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    boolean skipped = !dir.equals(directory)
                            && (name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name));
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(directory), "cannot search the directory: "
                    + e.getMessage(), e);
        }
        models.sort(null);
        return models;
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
