package dev.cdlint.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real tools the samples are for (git, pre-commit, the cdlint launcher) as processes. */
final class Processes {

    record Result(int exitCode, String output) {}

    private Processes() {}

    /** The project root: the samples module's parent. */
    static Path projectRoot() {
        return Path.of("").toAbsolutePath().getParent();
    }

    /** The CLI jar the cli module built; the launcher runs it instead of building when CDLINT_JAR names it. */
    static Path cliJar() {
        return projectRoot().resolve("cli/target/cdlint.jar");
    }

    static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** Runs the command in the directory; standard output and error are merged, as a terminal shows them. */
    static Result run(Path directory, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("cdlint-process", ".txt");
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        try {
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.delete(output);
        }
    }

    /** Runs the command and fails the test, with its output, unless it exits with 0. */
    static String ok(Path directory, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        Result result = run(directory, environment, command);
        if (result.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited with " + result.exitCode() + ":\n"
                    + result.output());
        }
        return result.output();
    }

    /** A fresh git repository with an identity, so commits work on a machine without a global git config. */
    static Path gitRepository(Path directory, Map<String, String> environment)
            throws IOException, InterruptedException {
        Files.createDirectories(directory);
        ok(directory, environment, "git", "init", "-q", "-b", "main");
        ok(directory, environment, "git", "config", "user.email", "test@cdlint.invalid");
        ok(directory, environment, "git", "config", "user.name", "cdlint test");
        ok(directory, environment, "git", "config", "commit.gpgsign", "false");
        return directory;
    }

    /** Copies the files and folders named, relative to {@code from}, to the same places under {@code to}. */
    static void copyParts(Path from, List<String> parts, Path to) throws IOException {
        for (String part : parts) {
            Path source = from.resolve(part);
            if (Files.isDirectory(source)) {
                copyTree(source, to.resolve(part));
            } else {
                Files.createDirectories(to.resolve(part).getParent());
                Files.copy(source, to.resolve(part));
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
