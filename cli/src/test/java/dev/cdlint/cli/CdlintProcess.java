package dev.cdlint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the built cdlint jar as a separate process, the way the launcher, pre-commit and Xcode run it. */
final class CdlintProcess {

    /** What a run printed and how it ended. */
    record Run(int exitCode, String out, String err) {}

    private CdlintProcess() {}

    static Path jar() {
        return Path.of(System.getProperty("cdlint.jar", "target/cdlint.jar")).toAbsolutePath();
    }

    /** The project root, where the samples are; paths in arguments are relative to it. */
    static Path projectRoot() {
        return Path.of("").toAbsolutePath().getParent();
    }

    static Run run(String... args) throws IOException, InterruptedException {
        return runIn(projectRoot(), Map.of(), args);
    }

    static Run runIn(Path directory, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        return runCommand(command, directory, environment);
    }

    /**
     * Waits for the start-up archive that the launcher trains in the background after a first run: until the cache
     * folder holds an archive (or the marker saying the JVM makes none) and no training lock. A test that reads the
     * archive, or whose temporary folder holds the cache, waits for it first.
     */
    static void awaitArchive(Path cache) throws IOException, InterruptedException {
        for (int waited = 0; waited < 3 * 60 * 10; waited++) {
            if (Files.isDirectory(cache)) {
                try (var files = Files.list(cache)) {
                    List<String> names = files.map(f -> f.getFileName().toString()).toList();
                    if (names.stream().anyMatch(n -> n.matches("cdlint-.*\\.(aot|jsa|none)"))
                            && names.stream().noneMatch(n -> n.endsWith(".training"))) {
                        return;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no start-up archive in " + cache + " after 3 minutes of training");
    }

    /** Any command, such as the ./cdlint launcher, with the colour switch cleared so output is comparable. */
    static Run runCommand(List<String> command, Path directory, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("cdlint-out", ".txt");
        Path err = Files.createTempFile("cdlint-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("NO_COLOR");
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("cdlint did not finish: " + command);
        }
        try {
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
