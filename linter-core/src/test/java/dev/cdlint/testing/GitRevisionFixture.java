package dev.cdlint.testing;

import dev.cdlint.finding.Finding;
import dev.cdlint.lint.LintRequest;
import dev.cdlint.lint.Linter;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A fixture of {@code --against-ref}: its {@code revision} folder is the repository's tree at the deployed
 * revision, the rest of the fixture is the work tree now. They become a real git repository in a temporary
 * folder (the revision committed and tagged {@value #TAG}, then the work tree written over it), {@code cdlint check}
 * runs there with {@code --against-ref deployed}, and each finding is placed back in the fixture: a work-tree file
 * at its own path, a file of the revision ({@code deployed:path}) under {@code revision}.
 */
final class GitRevisionFixture {

    static final String REVISION = "revision";
    private static final String TAG = "deployed";

    private GitRevisionFixture() {}

    static List<Finding> check(Path folder, List<Path> entries) {
        Path temporary = null;
        try {
            temporary = Files.createTempDirectory("cdlint-fixture-");
            Path repository = Files.createDirectories(temporary.resolve("repository"));
            copy(folder.resolve(REVISION), repository);
            git(repository, "init", "-q", "-b", "main");
            git(repository, "add", ".");
            git(repository, "commit", "-q", "-m", "The deployed revision");
            git(repository, "tag", TAG);
            try (Stream<Path> tracked = Files.list(repository)) {
                for (Path path : tracked.filter(p -> !p.getFileName().toString().equals(".git")).toList()) {
                    delete(path);
                }
            }
            for (Path entry : entries) {
                if (!entry.getFileName().toString().equals(REVISION)) {
                    copy(entry, repository.resolve(entry.getFileName().toString()));
                }
            }
            List<Finding> findings = new Linter().lint(new LintRequest(List.of(repository), null, null, Map.of(),
                    null, TAG)).findings();
            return findings.stream().map(f -> placed(f, repository, folder)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temporary != null) {
                delete(temporary);
            }
        }
    }

    private static Finding placed(Finding finding, Path repository, Path folder) {
        Path file = finding.location().file();
        String revisionPrefix = TAG + ":";
        Path inFixture = file.toString().startsWith(revisionPrefix)
                ? folder.resolve(REVISION).resolve(file.toString().substring(revisionPrefix.length()))
                : folder.resolve(repository.relativize(file).toString());
        return new Finding(finding.rule(), finding.severity(), finding.message(), new SourceLocation(inFixture,
                finding.location().line(), finding.location().column()), finding.entity(), finding.property(),
                finding.configuration(), finding.recordType(), finding.field());
    }

    private static void git(Path directory, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=cdlint", "-c",
                "user.email=cdlint@example.invalid", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void delete(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
