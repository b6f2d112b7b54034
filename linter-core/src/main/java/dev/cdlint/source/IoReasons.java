package dev.cdlint.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;

/**
 * Why the operating system refused a file, in the words it uses ("permission denied", "is a directory"), without
 * the path Java repeats in front of them: messages already name the file.
 */
public final class IoReasons {

    private IoReasons() {}

    public static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemLoopException || e instanceof FileSystemException loop
                && loop.getReason() != null && loop.getReason().startsWith("Too many levels of symbolic links")) {
            return "a loop of symbolic links"; // ELOOP, which the JDK words at length
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return lowerFirst(fileSystem.getReason());
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : lowerFirst(message);
    }

    /**
     * Why a path that should name a file to read is not a regular file, or empty when it is one (symbolic links
     * followed). Asked before opening it: a named pipe would block the run until someone writes to it, and a device
     * such as {@code /dev/zero} would fill the memory.
     */
    public static Optional<String> notRegularFile(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.of(Files.isSymbolicLink(path) ? "a symbolic link to a missing file"
                    : "no such file or directory");
        } catch (IOException e) {
            return Optional.of(of(e));
        }
        if (attributes.isRegularFile()) {
            return Optional.empty();
        }
        return Optional.of(attributes.isDirectory() ? "is a directory" : "not a regular file but " + kind(path));
    }

    /** What a file that is neither a regular file nor a directory is, from the type bits of its Unix mode. */
    private static String kind(Path path) {
        int type;
        try {
            type = (Integer) Files.getAttribute(path, "unix:mode") & 0170000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            type = 0; // no Unix modes here (Windows)
        }
        return switch (type) {
            case 0010000 -> "a named pipe (FIFO)";
            case 0020000 -> "a character device";
            case 0060000 -> "a block device";
            case 0140000 -> "a socket";
            default -> "a device, pipe or socket";
        };
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
