package dev.cdlint.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

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
        if (e instanceof FileSystemLoopException) {
            return "a loop of symbolic links";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return lowerFirst(fileSystem.getReason());
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : lowerFirst(message);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
