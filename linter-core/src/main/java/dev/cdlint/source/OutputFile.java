package dev.cdlint.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A file cdlint may write: checked, before anything is written, to be a new path or a regular file that is none of
 * the run's inputs. Every writer (reports, {@code --output}, baselines, schemas) goes through this class, so that
 * no option can overwrite a model, a schema, a configuration or a baseline the run reads, whatever symbolic or
 * hard link leads to it, and no rename replaces a device or a folder.
 */
public final class OutputFile {

    /** What a writer puts into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private final Path path;

    private OutputFile(Path path) {
        this.path = path;
    }

    /**
     * Checks a path before anything is written to it.
     *
     * @param inputs every file and folder the run read; a path inside an input folder counts as that input
     * @throws InputException naming the path and why it is refused
     */
    public static OutputFile check(Path output, Collection<Path> inputs) {
        Objects.requireNonNull(output, "output");
        SourceLocation at = SourceLocation.ofFile(output);
        Path target = output;
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            try {
                // Writing through a symbolic link writes the file it points to: judge that file.
                target = output.toRealPath();
            } catch (NoSuchFileException dangling) {
                throw new InputException(at, "refusing to write: it is a symbolic link to a missing file");
            } catch (IOException e) {
                throw new InputException(at, "cannot write: " + IoReasons.of(e));
            }
            if (Files.isDirectory(target)) {
                throw new InputException(at, "cannot write: it is a directory; name a file");
            }
            if (!Files.isRegularFile(target)) {
                throw new InputException(at, "refusing to write: it is not a regular file (a device, pipe or"
                        + " socket); name a new file or a regular one");
            }
        } else if (output.getFileName() == null) {
            throw new InputException(at, "cannot write: it is a directory; name a file");
        }
        Path input = new Inputs(inputs).holding(target);
        if (input != null) {
            throw new InputException(at, "refusing to write onto an input of this run ("
                    + (input.equals(output) ? "it is read" : input + " is read") + "); name another file");
        }
        return new OutputFile(target);
    }

    /** The file that will be written: the path the user named, or the file its symbolic link leads to. */
    public Path path() {
        return path;
    }

    /**
     * Writes the file as UTF-8 through a temporary file beside it, renamed over it at the end, so an interrupted
     * or failed write never leaves half a file behind, and a reader never sees half a report. Creates missing
     * parent folders.
     *
     * <p>The file gets the mode a shell's redirection would give it: a new file 0666 less the umask (0644 under
     * 022), an existing one keeps its own. The rename replaces the directory entry rather than writing through
     * it, so even a path swapped for a link to an input after {@link #check} cannot make the bytes land in that
     * input.
     */
    public void write(Content content) throws IOException {
        Path absolute = path.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = createTemporary(absolute);
        try {
            keepModeOf(absolute, temporary);
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A new, empty file beside the target. Created without permissions of its own, so that the operating system
     * applies the umask as it does to a redirection ({@code Files.createTempFile} would make it 0600). The name
     * need not be secret: creating it fails, rather than following a link, if anything is there already.
     */
    private static Path createTemporary(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                Files.newByteChannel(candidate, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))
                        .close();
                return candidate;
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 100) {
                    throw taken;
                }
            }
        }
    }

    /** An existing file's permissions on its replacement, as writing into it would have kept them. */
    private static void keepModeOf(Path existing, Path replacement) throws IOException {
        try {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(existing));
        } catch (NoSuchFileException | UnsupportedOperationException newFileOrNoPosixModes) {
            // A new file keeps the umask's mode; a file system without POSIX modes has nothing to keep.
        }
    }

    public void write(String text) throws IOException {
        write(out -> out.write(text));
    }

    /** The run's inputs by real path and by file key (device and inode), which hard links share. */
    private static final class Inputs {
        /** A bundle's version folders hold its files: {@code X.xcdatamodeld/X.xcdatamodel/contents}. */
        private static final int MODEL_FOLDER_DEPTH = 2;

        private final List<Path> realPaths = new ArrayList<>();
        private final List<Path> named = new ArrayList<>();
        private final Map<Object, Path> byFileKey = new HashMap<>();

        Inputs(Collection<Path> inputs) {
            for (Path input : inputs) {
                try {
                    Path real = input.toRealPath();
                    realPaths.add(real);
                    named.add(input);
                    // A model folder's files are inputs too; a hard link to one of them has its file key.
                    try (Stream<Path> files = Files.walk(real, MODEL_FOLDER_DEPTH)) {
                        for (Path file : (Iterable<Path>) files::iterator) {
                            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
                            if (key != null) {
                                byFileKey.putIfAbsent(key, input);
                            }
                        }
                    }
                } catch (IOException | UncheckedIOException unreadable) {
                    realPaths.add(input.toAbsolutePath().normalize());
                    named.add(input);
                }
            }
        }

        /** The input the path is, is a hard link to, or lies inside; null if none. */
        Path holding(Path output) {
            Path real = realPathOfNewOrExisting(output);
            for (int i = 0; i < realPaths.size(); i++) {
                if (real.startsWith(realPaths.get(i))) {
                    return named.get(i);
                }
            }
            try {
                Object key = Files.readAttributes(real, BasicFileAttributes.class).fileKey();
                return key == null ? null : byFileKey.get(key);
            } catch (IOException newFile) {
                return null;
            }
        }

        /** The real path of the nearest existing ancestor, with the rest of the path added back. */
        private static Path realPathOfNewOrExisting(Path path) {
            Path absolute = path.toAbsolutePath().normalize();
            Path existing = absolute;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return absolute;
            }
            try {
                return existing.toRealPath().resolve(existing.relativize(absolute));
            } catch (IOException e) {
                return absolute;
            }
        }
    }
}
