package dev.cdlint.evolution;

import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The {@code git} command, run as safely as a hostile repository allows. */
final class Git {

    /** An empty folder for core.hooksPath, made once per process. */
    private static Path noHooks;

    private Git() {}

    record Result(int exitCode, byte[] output, String error) {
        boolean ok() {
            return exitCode == 0;
        }

        String text() {
            return new String(output, StandardCharsets.UTF_8);
        }
    }

    /**
     * Runs git on the repository that holds {@code folder}, as safely as a hostile {@code .git/config} allows. The
     * repository's configuration could name commands for git to run; none of the commands used here runs them, and
     * these settings, which override every configuration file, turn them off all the same (git-config(1), git(1)):
     * no hooks ({@code core.hooksPath} is an empty folder), no fsmonitor, no transport at all
     * ({@code protocol.allow=never}, {@code GIT_NO_LAZY_FETCH}: a partial clone's missing object is an error, not
     * a fetch that would run the remote's upload-pack or ssh command), no credential helper, askpass, prompt or
     * pager. Repository-locating variables that a hook's caller exports ({@code GIT_DIR}, {@code GIT_INDEX_FILE},
     * the list {@code git rev-parse --local-env-vars} prints) are removed, so the repository is the one that holds
     * the model. The system's and the user's own configuration still count: they are the machine owner's, and CI
     * images rely on them ({@code safe.directory}).
     */
    static Result run(Path folder, byte[] input, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "--no-pager", "--no-optional-locks",
                "-c", "core.fsmonitor=false",
                "-c", "core.hooksPath=" + noHooks(),
                "-c", "protocol.allow=never",
                "-c", "credential.helper=",
                "-c", "core.askPass=",
                "-c", "core.pager=cat",
                "-C", folder.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        List.of("GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_CONFIG", "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT",
                "GIT_OBJECT_DIRECTORY", "GIT_DIR", "GIT_WORK_TREE", "GIT_IMPLICIT_WORK_TREE", "GIT_GRAFT_FILE",
                "GIT_INDEX_FILE", "GIT_NO_REPLACE_OBJECTS", "GIT_REPLACE_REF_BASE", "GIT_PREFIX",
                "GIT_INTERNAL_SUPER_PREFIX", "GIT_SHALLOW_FILE", "GIT_COMMON_DIR", "GIT_EXTERNAL_DIFF", "SSH_ASKPASS")
                .forEach(environment::remove);
        environment.put("GIT_NO_LAZY_FETCH", "1");
        environment.put("GIT_TERMINAL_PROMPT", "0");
        environment.put("GIT_ASKPASS", ""); // present and empty: git asks no program (prompt.c)
        environment.put("GIT_PAGER", "cat");
        environment.put("GIT_OPTIONAL_LOCKS", "0");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(folder), "--against-ref needs the git command, which"
                    + " cannot be run: " + e.getMessage(), e);
        }
        try {
            CompletableFuture<byte[]> error = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            try (OutputStream stdin = process.getOutputStream()) {
                if (input != null) {
                    stdin.write(input);
                }
            }
            byte[] output = readAll(process.getInputStream());
            int exit = process.waitFor();
            return new Result(exit, output, new String(error.join(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(folder), "git failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new InputException(SourceLocation.ofFile(folder), "interrupted while git was running", e);
        }
    }

    private static synchronized Path noHooks() {
        if (noHooks == null) {
            try {
                noHooks = Files.createTempDirectory("cdlint-no-hooks-");
                noHooks.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create an empty folder for core.hooksPath", e);
            }
        }
        return noHooks;
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
