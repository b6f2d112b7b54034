package dev.cdlint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Finding;
import dev.cdlint.testing.SyntheticModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cdlint check runs the wiring checks on a folder that holds an app, and on nothing else. */
class WiringRunTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/wiring/wiring-push-entitlement-missing");

    @TempDir
    Path dir;

    /** The push fixture's app, with a model beside it and a project.pbxproj that any read would report. */
    private Path repository(boolean readableProject) throws IOException {
        Path repo = dir.resolve("repo");
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = repo.resolve(FIXTURE.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        SyntheticModel.typical().writeTo(repo.resolve("App/Notes.xcdatamodeld/Notes.xcdatamodel"));
        if (!readableProject) {
            Files.writeString(repo.resolve("App.xcodeproj/project.pbxproj"), "{ objects = ( }");
        }
        return repo;
    }

    @Test
    void aRepositoryIsCheckedForItsWiringBesideItsModels() throws IOException {
        Path repo = repository(true);
        LintResult result = new Linter().lint(LintRequest.of(repo));
        assertThat(result.models()).hasSize(1);
        assertThat(result.findings()).extracting(Finding::rule).contains("wiring-push-entitlement-missing");
        assertThat(result.inputs()).contains(repo.resolve("App.xcodeproj/project.pbxproj").toAbsolutePath(),
                repo.resolve("App/App.entitlements").toAbsolutePath());
    }

    @Test
    void aLoneModelBundleReadsNoProjectFile() throws IOException {
        Path repo = repository(false);
        Path bundle = repo.resolve("App/Notes.xcdatamodeld");
        LintResult result = new Linter().lint(LintRequest.of(bundle));
        assertThat(result.findings()).extracting(Finding::rule).noneMatch(rule -> rule.startsWith("wiring-"));
        assertThat(result.inputs()).noneMatch(p -> p.toString().endsWith("project.pbxproj"));
        // The same project read from the repository root is reported: the bundle run above did not read it.
        assertThat(new Linter().lint(LintRequest.of(repo)).findings()).extracting(Finding::rule)
                .contains("wiring-project-unreadable");
    }

    @Test
    void excludedFoldersHoldNoWiringFindings() throws IOException {
        Path repo = repository(true);
        Files.writeString(repo.resolve(".cdlint.yml"), "exclude:\n  - App/**\n");
        LintResult result = new Linter().lint(LintRequest.of(repo));
        assertThat(result.findings()).extracting(Finding::rule).noneMatch(rule -> rule.startsWith("wiring-"));
    }

    @Test
    void aFolderWithAnAppAndNoModelIsCheckedNotRefused() throws IOException {
        Path repo = repository(true);
        try (Stream<Path> model = Files.walk(repo.resolve("App/Notes.xcdatamodeld"))) {
            model.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        LintResult result = new Linter().lint(LintRequest.of(repo));
        assertThat(result.models()).isEmpty();
        assertThat(result.findings()).extracting(Finding::rule).contains("wiring-push-entitlement-missing");
    }
}
