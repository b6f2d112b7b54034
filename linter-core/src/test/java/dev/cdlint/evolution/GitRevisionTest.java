package dev.cdlint.evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cdlint.finding.Finding;
import dev.cdlint.lint.LintRequest;
import dev.cdlint.lint.Linter;
import dev.cdlint.source.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --against-ref} in a real temporary git repository, with the real git command. */
class GitRevisionTest {

    private static final String MODEL = "App/Notes.xcdatamodeld/Notes.xcdatamodel/contents";

    @TempDir
    Path repository;

    private final EvolutionFixture fixture = EvolutionFixture.named("renamed-with-identifier");

    @BeforeEach
    void mainHoldsTheDeployedModel() throws Exception {
        assumeTrue(git(repository.getParent(), "--version").startsWith("git version"), "git is not installed");
        git(repository, "init", "-q", "-b", "main");
        write(MODEL, fixture.deployedContents());
        git(repository, "add", ".");
        git(repository, "commit", "-q", "-m", "The deployed model");
    }

    @Test
    void aChangeCommittedOnABranchIsComparedWithMain() throws Exception {
        git(repository, "checkout", "-q", "-b", "feature");
        write(MODEL, fixture.currentContents());
        git(repository, "commit", "-q", "-am", "Rename");

        List<String> findings = describe(lint("App/Notes.xcdatamodeld", "main"));

        assertThat(findings).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(describe(fixture.findings(Optional.empty())));
    }

    @Test
    void theWorkTreeAndTheIndexAreLeftAlone() throws Exception {
        write(MODEL, fixture.currentContents());
        git(repository, "add", MODEL);
        write(MODEL, EvolutionFixture.named("element-removed").currentContents());
        // A committed file whose time changed but not its content: any git command that refreshes the index
        // (git status would) rewrites .git/index, so its bytes are read before anything else runs git.
        Path readme = Files.writeString(repository.resolve("README"), "notes\n");
        git(repository, "add", "README");
        git(repository, "commit", "-q", "-m", "Readme", "--", "README");
        Files.setLastModifiedTime(readme, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        byte[] index = Files.readAllBytes(repository.resolve(".git/index"));

        lint("App/Notes.xcdatamodeld", "main");

        assertThat(Files.readAllBytes(repository.resolve(".git/index"))).isEqualTo(index);
        assertThat(git(repository, "status", "--porcelain")).isEqualTo("MM " + MODEL + "\n");
    }

    @Test
    void aModelAddedSinceTheRevisionIsAllNew() throws Exception {
        write("App/Other.xcdatamodel/contents", fixture.currentContents());

        List<Finding> findings = lint("App/Other.xcdatamodel", "main");

        assertThat(findings).extracting(Finding::rule).containsOnly("evolution-deploy-needed");
        assertThat(findings).extracting(Finding::recordType).containsExactlyInAnyOrder("CD_CDProfileV3", "CD_Note");
        assertThat(findings).extracting(Finding::message)
                .allMatch(m -> m.contains("is new since the deployed model (main)"));
    }

    @Test
    void aModelRenamedInTheTreeIsComparedWithItsOldPath() throws Exception {
        git(repository, "mv", "App/Notes.xcdatamodeld", "App/Journal.xcdatamodeld");

        // Compared with nothing, every record type would be new.
        assertThat(lint("App/Journal.xcdatamodeld", "main")).isEmpty();
    }

    @Test
    void removalsPointAtTheFileInTheRevision() throws Exception {
        write(MODEL, EvolutionFixture.named("element-removed").deployedContents());
        git(repository, "commit", "-q", "-am", "Another deployed model");
        write(MODEL, EvolutionFixture.named("element-removed").currentContents());

        List<Finding> removals = lint("App/Notes.xcdatamodeld", "main").stream()
                .filter(f -> f.rule().equals("evolution-element-removed")).toList();

        assertThat(removals).hasSize(3).allSatisfy(f -> assertThat(f.location().file())
                .isEqualTo(Path.of("main:" + MODEL)));
        assertThat(removals).extracting(f -> f.location().line()).containsExactlyInAnyOrder(6, 8, 14);
    }

    @Test
    void aRevisionThatDoesNotExistIsAnError() {
        assertThatThrownBy(() -> lint("App/Notes.xcdatamodeld", "release-9"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no revision 'release-9' in the git repository");
        assertThatThrownBy(() -> lint("App/Notes.xcdatamodeld", "--output=x"))
                .isInstanceOf(InputException.class).hasMessageContaining("is not a git revision");
    }

    @Test
    void beforeTheFirstCommitEveryModelIsAllNew(@TempDir Path fresh) throws Exception {
        git(fresh, "init", "-q", "-b", "main");
        Path model = fresh.resolve("App/Other.xcdatamodel/contents");
        Files.createDirectories(model.getParent());
        Files.copy(fixture.currentContents(), model);
        git(fresh, "add", ".");

        List<Finding> findings = new Linter().lint(new LintRequest(List.of(model.getParent()), null, null, Map.of(),
                null, "main")).findings().stream().filter(f -> f.rule().startsWith("evolution-")).toList();

        assertThat(findings).extracting(Finding::rule).containsOnly("evolution-deploy-needed");
        assertThat(findings).extracting(Finding::recordType).containsExactlyInAnyOrder("CD_CDProfileV3", "CD_Note");
    }

    @Test
    void aModelOutsideAGitRepositoryIsAnError(@TempDir Path elsewhere) throws IOException {
        Path model = elsewhere.resolve("Notes.xcdatamodel/contents");
        Files.createDirectories(model.getParent());
        Files.copy(fixture.currentContents(), model);

        assertThatThrownBy(() -> new Linter().lint(new LintRequest(List.of(model.getParent()), null, null, Map.of(),
                null, "main")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("it is not in a git repository");
    }

    private List<Finding> lint(String model, String ref) {
        return new Linter().lint(new LintRequest(List.of(repository.resolve(model)), null, null, Map.of(), null, ref))
                .findings().stream().filter(f -> f.rule().startsWith("evolution-")).toList();
    }

    /** Rule, element and line: what must match between git and the fixture's files. */
    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + " " + f.elementName() + " " + f.location().line()).toList();
    }

    private void write(String path, Path from) throws IOException {
        Path file = repository.resolve(path);
        Files.createDirectories(file.getParent());
        Files.copy(from, file, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String git(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=cdlint", "-c",
                "user.email=cdlint@example.invalid", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
