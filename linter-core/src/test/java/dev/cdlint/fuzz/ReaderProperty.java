package dev.cdlint.fuzz;

import dev.cdlint.source.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The property every reader of untrusted input keeps, whatever the bytes: it returns a result or throws the
 * project's {@link InputException}, which front ends turn into one line at a position. Any other exception, any
 * {@link Error} and any input that runs longer than {@link #LIMIT} break it, and Jazzer reports the input.
 *
 * <p>A fuzz target is one {@code @FuzzTest} method that writes the bytes where the reader expects its file
 * ({@link #file}) and passes the read to {@link #holds}. Its committed seeds live in
 * {@code src/test/resources/dev/cdlint/fuzz/<Class>Inputs/<method>/}; see {@code docs/fuzzing.md}.
 */
final class ReaderProperty {

    /** Far above what any seed takes (milliseconds): only a hang or a blow-up reaches it. */
    static final Duration LIMIT = Duration.ofSeconds(10);

    /** One worker, so that a hang can be reported rather than waited for. */
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "fuzz-target");
        thread.setDaemon(true);
        return thread;
    });

    private static final Path WORK = workFolder();

    private ReaderProperty() {}

    /** Runs the read; returns normally when it succeeded or refused the input with an {@link InputException}. */
    static void holds(ThrowingRead read) throws Throwable {
        holds(read, LIMIT);
    }

    static void holds(ThrowingRead read, Duration limit) throws Throwable {
        Future<?> result = WORKER.submit(() -> {
            read.run();
            return null;
        });
        try {
            result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof InputException)) {
                throw e.getCause();
            }
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new AssertionError("the read took longer than " + limit.toMillis() + " ms", e);
        }
    }

    /** {@code bytes} written to {@code relativePath} in this run's work folder, replacing what was there. */
    static Path file(String relativePath, byte[] bytes) {
        Path file = WORK.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A read that may throw anything, so that the property sees exactly what the reader threw. */
    @FunctionalInterface
    interface ThrowingRead {
        void run() throws Exception;
    }

    private static Path workFolder() {
        try {
            Path folder = Files.createTempDirectory("cdlint-fuzz");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind is not worth failing the build for.
        }
    }
}
