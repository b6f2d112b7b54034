package dev.cdlint.evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.lint.LintRequest;
import dev.cdlint.lint.Linter;
import dev.cdlint.source.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
    void aModelAddedSinceTheRevisionIsAllNewAndSaysSo() throws Exception {
        write("App/Other.xcdatamodel/contents", fixture.currentContents());

        List<Finding> findings = lint("App/Other.xcdatamodel", "main");

        List<Finding> added = findings.stream().filter(f -> f.rule().equals("evolution-deploy-needed")).toList();
        assertThat(added).extracting(Finding::recordType).containsExactlyInAnyOrder("CD_CDProfileV3", "CD_Note");
        assertThat(added).extracting(Finding::message)
                .allMatch(m -> m.contains("is new since the deployed model (main)"));
        // The model the revision has, App/Notes.xcdatamodeld, is still in the work tree: another model, not this one.
        assertThat(findings).filteredOn(f -> !added.contains(f)).singleElement().satisfies(moved -> {
            assertThat(moved.rule()).isEqualTo("evolution-model-moved");
            assertThat(moved.severity()).isEqualTo(Severity.INFO);
            assertThat(moved.message()).isEqualTo("App/Other.xcdatamodel is not in main, and no model there that is"
                    + " gone from the work tree has its name or most of its entities: everything in it is treated"
                    + " as new.");
        });
    }

    @Test
    void aModelRenamedInTheTreeIsComparedWithItsOldPathFoundByItsEntities() throws Exception {
        git(repository, "mv", "App/Notes.xcdatamodeld", "App/Journal.xcdatamodeld");

        // Compared with nothing, every record type would be new.
        assertThat(lint("App/Journal.xcdatamodeld", "main")).singleElement().satisfies(moved -> {
            assertThat(moved.rule()).isEqualTo("evolution-model-moved");
            assertThat(moved.message()).isEqualTo("App/Journal.xcdatamodeld is not at that path in main; it was"
                    + " compared with App/Notes.xcdatamodeld there, which has 2 of its 2 entities (CDProfile, Note)"
                    + " and is gone from the work tree.");
        });
    }

    /** A model folder outside a bundle is a model of its own: moved and renamed, it is found by its entities. */
    @Test
    void aModelFolderOutsideABundleIsFoundWhereItWas() throws Exception {
        write("App/Legacy.xcdatamodel/contents", fixture.deployedContents());
        git(repository, "add", ".");
        git(repository, "commit", "-q", "-m", "A model without a bundle");
        Files.createDirectories(repository.resolve("Model"));
        git(repository, "mv", "App/Legacy.xcdatamodel", "Model/Journal.xcdatamodel");

        assertThat(lint("Model/Journal.xcdatamodel", "main")).singleElement().satisfies(moved -> {
            assertThat(moved.rule()).isEqualTo("evolution-model-moved");
            assertThat(moved.message()).isEqualTo("Model/Journal.xcdatamodel is not at that path in main; it was"
                    + " compared with App/Legacy.xcdatamodel there, which has 2 of its 2 entities (CDProfile, Note)"
                    + " and is gone from the work tree.");
        });
    }

    /** A model moved to another folder and changed: its breaking changes are still errors. */
    @Test
    void aModelMovedAndChangedKeepsItsBreakingChanges() throws Exception {
        EvolutionFixture types = EvolutionFixture.named("field-type-changed");
        write(MODEL, types.deployedContents());
        git(repository, "commit", "-q", "-am", "Deployed");
        delete("App");
        write("Sources/Model/Notes.xcdatamodeld/Notes.xcdatamodel/contents", types.currentContents());

        List<Finding> findings = lint("Sources/Model/Notes.xcdatamodeld", "main");

        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::rule)
                .containsExactly("evolution-field-type-changed", "evolution-field-type-changed");
        assertThat(findings).filteredOn(f -> f.rule().equals("evolution-model-moved")).singleElement()
                .extracting(Finding::message).isEqualTo("Sources/Model/Notes.xcdatamodeld is not at that path in"
                        + " main; it was compared with App/Notes.xcdatamodeld there, which has its name and is gone"
                        + " from the work tree.");
    }

    /**
     * A repository whose .git/config names an fsmonitor, a clean filter, a textconv and hooks that each leave a
     * marker, with a .gitattributes that applies them to every file, and a model that is not at its path in the
     * revision, so that cdlint looks for it: no marker appears and the index is the same, byte for byte.
     */
    @Test
    void aHostileRepositoryRunsNothingAndTheIndexStaysTheSame(@TempDir Path markers) throws Exception {
        Path readme = Files.writeString(repository.resolve("README"), "notes\n");
        git(repository, "add", "README");
        git(repository, "commit", "-q", "-m", "Readme");
        git(repository, "mv", "App/Notes.xcdatamodeld", "App/Journal.xcdatamodeld");
        Path hooks = Files.createDirectories(repository.resolve("hostile-hooks"));
        for (String hook : List.of("pre-commit", "post-checkout", "post-index-change", "reference-transaction",
                "pre-auto-gc", "fsmonitor-watchman")) {
            Path script = Files.writeString(hooks.resolve(hook), "#!/bin/sh\ntouch '" + markers + "/hook-" + hook
                    + "'\n");
            script.toFile().setExecutable(true);
        }
        Path fsmonitor = Files.writeString(markers.resolve("fsmonitor.sh"), "#!/bin/sh\ntouch '" + markers
                + "/fsmonitor-ran'\nexit 1\n");
        fsmonitor.toFile().setExecutable(true);
        Files.writeString(repository.resolve(".git/config"), "[core]\n"
                + "\tfsmonitor = " + fsmonitor + "\n"
                + "\thooksPath = " + hooks + "\n"
                + "\tpager = touch '" + markers + "/pager-ran'; cat\n"
                + "[filter \"evil\"]\n"
                + "\tclean = touch '" + markers + "/clean-ran'; cat\n"
                + "\tsmudge = touch '" + markers + "/smudge-ran'; cat\n"
                + "[diff \"evil\"]\n"
                + "\ttextconv = touch '" + markers + "/textconv-ran'; cat\n"
                + "[protocol \"ext\"]\n\tallow = always\n", StandardOpenOption.APPEND);
        Files.writeString(repository.resolve(".gitattributes"), "* filter=evil diff=evil\n");
        Files.setLastModifiedTime(readme, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        byte[] index = Files.readAllBytes(repository.resolve(".git/index"));

        List<Finding> findings = lint("App/Journal.xcdatamodeld", "main");

        try (var made = Files.list(markers)) {
            assertThat(made.map(f -> f.getFileName().toString())).containsExactly("fsmonitor.sh");
        }
        assertThat(Files.readAllBytes(repository.resolve(".git/index"))).isEqualTo(index);
        assertThat(findings).extracting(Finding::rule).containsExactly("evolution-model-moved");
    }

    @Test
    void aMissingObjectIsAnErrorNotANewModel() throws Exception {
        String blob = git(repository, "rev-parse", "main:" + MODEL).strip();
        Files.delete(repository.resolve(".git/objects/" + blob.substring(0, 2) + "/" + blob.substring(2)));

        assertThatThrownBy(() -> lint("App/Notes.xcdatamodeld", "main")).isInstanceOf(InputException.class)
                .hasMessageContaining("--against-ref main: the repository does not have this file's content");
    }

    /** When the model is not at its path and git cannot list the revision, the model is not called new. */
    @Test
    void aRevisionGitCannotListIsAnErrorNotANewModel() throws Exception {
        git(repository, "mv", "App/Notes.xcdatamodeld", "App/Journal.xcdatamodeld");
        String tree = git(repository, "rev-parse", "main:App").strip();
        Files.delete(repository.resolve(".git/objects/" + tree.substring(0, 2) + "/" + tree.substring(2)));

        assertThatThrownBy(() -> lint("App/Journal.xcdatamodeld", "main")).isInstanceOf(InputException.class)
                .hasMessageContaining("--against-ref main: git ls-tree failed: ");
    }

    /** A blobless clone whose remote is gone: git cannot fetch the model's content, and cdlint never asks it to. */
    @Test
    void aBloblessCloneWithoutTheContentIsAnError(@TempDir Path clones) throws Exception {
        git(repository, "config", "uploadpack.allowFilter", "true");
        Path clone = clones.resolve("clone");
        git(clones, "clone", "-q", "--filter=blob:none", "--no-checkout", repository.toUri().toString(),
                clone.toString());
        git(clone, "remote", "remove", "origin");
        Path model = clone.resolve("App/Notes.xcdatamodeld/Notes.xcdatamodel/contents");
        Files.createDirectories(model.getParent());
        Files.copy(fixture.currentContents(), model);

        assertThatThrownBy(() -> new Linter().lint(new LintRequest(List.of(model.getParent().getParent()), null,
                null, Map.of(), null, "main"))).isInstanceOf(InputException.class)
                .hasMessageContaining("the repository does not have this file's content")
                .hasMessageContaining("a partial or shallow clone");
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

    private void delete(String folder) throws IOException {
        try (var files = Files.walk(repository.resolve(folder))) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
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
