package dev.cdlint.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cdlint.samples.Processes.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hook set-ups in samples/, with the real tools in real git repositories: a commit with a violating model is
 * refused with the findings shown, and a clean one goes through.
 */
class HooksTest {

    @TempDir
    Path dir;

    private final Map<String, String> environment = new HashMap<>();

    @BeforeEach
    void environment() {
        assertThat(Processes.cliJar()).as("the cli module's jar, built before this module").isRegularFile();
        // The launcher runs the built jar instead of building one; pre-commit keeps its cache in the test folder.
        environment.put("CDLINT_JAR", Processes.cliJar().toString());
        environment.put("PRE_COMMIT_HOME", dir.resolve("pre-commit-cache").toString());
        environment.put("GIT_CONFIG_NOSYSTEM", "1");
        environment.put("HOME", dir.toString());
    }

    @Test
    void preCommitRefusesAViolatingModelAndAcceptsAFixedOne() throws Exception {
        Path app = appWithPreCommit();

        Processes.copyTree(sample("journal-broken"), app.resolve("Journal"));
        Processes.ok(app, environment, "git", "add", "Journal");
        Result refused = Processes.run(app, environment, "git", "commit", "-m", "Add the model");

        assertThat(refused.exitCode()).as(refused.output()).isNotZero();
        assertThat(refused.output())
                .contains("cdlint (Core Data models that sync through CloudKit)", "Failed")
                .contains("Journal/Journal.xcdatamodel/contents:", "[ordered-relationship]");
        assertThat(Processes.ok(app, environment, "git", "log", "--oneline")).doesNotContain("Add the model");

        // Compared with main too, where the model does not exist yet: all new, which warns but passes.
        fixModel(app, "against-ref: main\n");
        Result accepted = Processes.run(app, environment, "git", "commit", "-m", "Add the model");

        assertThat(accepted.exitCode()).as(accepted.output()).isZero();
        assertThat(accepted.output()).contains("cdlint (Core Data models that sync through CloudKit)", "Passed");
    }

    @Test
    void preCommitChecksStagedSwiftDataModelsAndLetsOtherSwiftThrough() throws Exception {
        Path app = appWithPreCommit();
        Files.createDirectories(app.resolve("App"));
        Files.writeString(app.resolve("App/Formatting.swift"), "func shout(_ s: String) -> String { s.uppercased() }\n");
        Processes.ok(app, environment, "git", "add", "App");

        Result unrelated = Processes.run(app, environment, "git", "commit", "-m", "A helper");

        assertThat(unrelated.exitCode()).as(unrelated.output()).isZero();
        assertThat(unrelated.output()).contains("cdlint (Core Data models that sync through CloudKit)", "Passed");

        Files.writeString(app.resolve("App/Note.swift"), """
                import SwiftData
                @Model final class Note {
                    var title: String
                    init(title: String) { self.title = title }
                }
                enum Store {
                    static let container = try! ModelContainer(for: Note.self,
                        configurations: ModelConfiguration(cloudKitDatabase: .private("iCloud.com.example.notes")))
                }
                """);
        Processes.ok(app, environment, "git", "add", "App");
        Result refused = Processes.run(app, environment, "git", "commit", "-m", "Add the model");

        assertThat(refused.exitCode()).as(refused.output()).isNotZero();
        assertThat(refused.output()).contains("App/Note.swift:3:9", "[attribute-required-without-default]");

        Files.writeString(app.resolve("App/Note.swift"), Files.readString(app.resolve("App/Note.swift"))
                .replace("var title: String", "var title: String = \"\""));
        Processes.ok(app, environment, "git", "add", "App");
        Result accepted = Processes.run(app, environment, "git", "commit", "-m", "Add the model");

        assertThat(accepted.exitCode()).as(accepted.output()).isZero();
    }

    @Test
    void theFirstHookRunSaysOnTheTerminalThatItBuildsCdlint() throws Exception {
        assumeTrue(Processes.onPath("script"), "skipped: util-linux's 'script', which gives git a terminal, is"
                + " not installed");
        // No CDLINT_JAR: the launcher builds on first use, with a stand-in for the Maven Wrapper.
        environment.remove("CDLINT_JAR");
        environment.put("CDLINT_BUILT_JAR", Processes.cliJar().toString());
        Path app = appWithPreCommit(true);
        fixModel(app, "");

        // In a terminal, as a developer commits: pre-commit captures the hook's own output and shows it only on
        // failure, so the notice must reach the terminal by another way.
        Result first = Processes.run(app, environment, "script", "-qec", "git commit -m 'Add the model'", "/dev/null");

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("cdlint: building the CLI (first use), this takes a minute...", "Passed");

        Files.writeString(app.resolve("Journal/.cdlint.yml"), "\n", StandardOpenOption.APPEND);
        Processes.ok(app, environment, "git", "add", "Journal");
        Result second = Processes.run(app, environment, "script", "-qec", "git commit -m 'Touch'", "/dev/null");

        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.output()).doesNotContain("building");
    }

    @Test
    void theReadmeLocalHookRunsAVendoredCopy() throws Exception {
        assumeTrue(Processes.onPath("pre-commit"), "skipped: the pre-commit tool is not installed (.ci/run"
                + " installs Debian's package 'pre-commit')");
        Path app = Processes.gitRepository(dir.resolve("app"), environment);
        copyHookFiles(app.resolve("tools/cdlint"));
        Files.writeString(app.resolve(".pre-commit-config.yaml"), readmeYaml("repo: local"));
        Processes.ok(app, environment, "pre-commit", "install");
        Processes.ok(app, environment, "git", "add", ".");
        Processes.ok(app, environment, "git", "commit", "-q", "-m", "Vendor cdlint");

        Processes.copyTree(sample("journal-broken"), app.resolve("Journal"));
        Processes.ok(app, environment, "git", "add", "Journal");
        Result refused = Processes.run(app, environment, "git", "commit", "-m", "Add the model");

        assertThat(refused.exitCode()).as(refused.output()).isNotZero();
        assertThat(refused.output()).contains("cdlint", "Failed", "Journal/Journal.xcdatamodel/contents:",
                "[ordered-relationship]");

        fixModel(app, "");
        Result accepted = Processes.run(app, environment, "git", "commit", "-m", "Add the model");

        assertThat(accepted.exitCode()).as(accepted.output()).isZero();
        assertThat(accepted.output()).contains("cdlint", "Passed");
    }

    @Test
    void theHookComparesTheStagedModelWithTheRevisionNamedInCdlintYml() throws Exception {
        Path app = Processes.gitRepository(dir.resolve("app"), environment);
        fixModel(app, "against-ref: main\n");
        Processes.ok(app, environment, "git", "commit", "-q", "-m", "The model production was deployed from");
        Path hook = app.resolve(".git/hooks/pre-commit");
        Files.copy(sample("git-hook/pre-commit"), hook);
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        environment.put("CDLINT", Processes.projectRoot().resolve("cdlint").toString());
        Processes.ok(app, environment, "git", "checkout", "-q", "-b", "feature");

        Path current = app.resolve("Journal/Journal.xcdatamodeld/Journal 2.xcdatamodel/contents");
        Files.writeString(current, Files.readString(current).replace(
                "name=\"mood\" optional=\"YES\" attributeType=\"Integer 16\" defaultValueString=\"0\"",
                "name=\"mood\" optional=\"YES\" attributeType=\"String\""));
        Processes.ok(app, environment, "git", "add", "Journal");
        Result refused = Processes.run(app, environment, "git", "commit", "-m", "Mood as text");

        assertThat(refused.exitCode()).as(refused.output()).isNotZero();
        assertThat(refused.output()).contains("Journal 2.xcdatamodel/contents:6:9",
                "field CD_mood of CD_Entry was INT64 in the deployed model (main) and is STRING now",
                "[evolution-field-type-changed]");
        assertThat(Processes.ok(app, environment, "git", "status", "--porcelain"))
                .as("the hook leaves the staged change as it was").contains("M  \"Journal/Journal.xcdatamodeld/");
    }

    @Test
    void preCommitSkipsAStagedModelUnderAFolderTheConfigurationExcludes() throws Exception {
        Path app = appWithPreCommit();
        Files.writeString(app.resolve(".cdlint.yml"), "exclude:\n  - Vendor\n");
        Processes.copyTree(sample("journal-broken"), app.resolve("Vendor/SomePod/Journal"));
        Processes.ok(app, environment, "git", "add", ".cdlint.yml", "Vendor");

        Result accepted = Processes.run(app, environment, "git", "commit", "-m", "Vendor a pod with a model");

        assertThat(accepted.exitCode()).as(accepted.output()).isZero();
        assertThat(accepted.output()).contains("cdlint (Core Data models that sync through CloudKit)", "Passed");

        // The same model outside the excluded folder is linted and refused.
        Processes.copyTree(sample("journal-broken"), app.resolve("Journal"));
        Processes.ok(app, environment, "git", "add", "Journal");
        Result refused = Processes.run(app, environment, "git", "commit", "-m", "Add the model");

        assertThat(refused.exitCode()).as(refused.output()).isNotZero();
        assertThat(refused.output()).contains("Journal/Journal.xcdatamodel/contents:")
                .doesNotContain("Vendor/");
    }

    @Test
    void thePlainGitHookRefusesAViolatingModelAndAcceptsAFixedOne() throws Exception {
        Path app = Processes.gitRepository(dir.resolve("app"), environment);
        Path hook = app.resolve(".git/hooks/pre-commit");
        Files.copy(sample("git-hook/pre-commit"), hook);
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
        environment.put("CDLINT", Processes.projectRoot().resolve("cdlint").toString());

        Processes.copyTree(sample("journal-broken"), app.resolve("Journal"));
        Processes.ok(app, environment, "git", "add", "Journal");
        Result refused = Processes.run(app, environment, "git", "commit", "-m", "Add the model");

        assertThat(refused.exitCode()).as(refused.output()).isNotZero();
        assertThat(refused.output()).contains("[ordered-relationship]");

        fixModel(app, "");
        Result accepted = Processes.run(app, environment, "git", "commit", "-m", "Add the model");

        assertThat(accepted.exitCode()).as(accepted.output()).isZero();
    }

    /**
     * Replaces the broken model with the clean Journal model, as a developer fixing it would, with more lines for
     * its .cdlint.yml. The sample's production schema stays out: it is behind the model, and a staged schema is
     * checked too.
     */
    private void fixModel(Path app, String moreConfiguration) throws IOException, InterruptedException {
        Processes.ok(app, environment, "git", "rm", "-r", "-q", "-f", "--ignore-unmatch", "Journal");
        Processes.copyTree(sample("journal/Journal.xcdatamodeld"), app.resolve("Journal/Journal.xcdatamodeld"));
        Files.writeString(app.resolve("Journal/.cdlint.yml"), Files.readString(sample("journal/.cdlint.yml"))
                + moreConfiguration);
        Processes.ok(app, environment, "git", "add", "Journal");
    }

    /** An app repository whose commits run the project's pre-commit hook, as the sample set-up describes. */
    private Path appWithPreCommit() throws IOException, InterruptedException {
        return appWithPreCommit(false);
    }

    private Path appWithPreCommit(boolean buildsOnFirstUse) throws IOException, InterruptedException {
        assumeTrue(Processes.onPath("pre-commit"), "skipped: the pre-commit tool is not installed (.ci/run"
                + " installs Debian's package 'pre-commit')");
        String hookRevision = hookRepository(buildsOnFirstUse);
        Path app = Processes.gitRepository(dir.resolve("app"), environment);
        String config = Files.readString(Processes.projectRoot().resolve("samples/pre-commit/.pre-commit-config.yaml"))
                .replace("https://github.com/cdlint/cdlint", dir.resolve("hooks").toString())
                .replace("rev: v0.1.0", "rev: " + hookRevision);
        Files.writeString(app.resolve(".pre-commit-config.yaml"), config);
        Processes.ok(app, environment, "pre-commit", "install");
        Processes.ok(app, environment, "git", "add", ".pre-commit-config.yaml");
        Processes.ok(app, environment, "git", "commit", "-q", "-m", "Add pre-commit");
        return app;
    }

    /**
     * A repository holding the project's hook definition and launcher, as pre-commit clones cdlint's. When it
     * builds on first use, a stand-in for the Maven Wrapper "builds" the CLI by copying the one the cli module
     * built (named by CDLINT_BUILT_JAR).
     */
    private String hookRepository(boolean buildsOnFirstUse) throws IOException, InterruptedException {
        Path hooks = Processes.gitRepository(dir.resolve("hooks"), environment);
        Files.copy(Processes.projectRoot().resolve(".pre-commit-hooks.yaml"), hooks.resolve(".pre-commit-hooks.yaml"));
        copyHookFiles(hooks);
        if (buildsOnFirstUse) {
            Path wrapper = hooks.resolve("mvnw");
            Files.writeString(wrapper, "#!/bin/sh\nmkdir -p cli/target && cp \"$CDLINT_BUILT_JAR\" cli/target/cdlint.jar\n");
            Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Processes.ok(hooks, environment, "git", "add", ".");
        Processes.ok(hooks, environment, "git", "commit", "-q", "-m", "cdlint hook");
        return Processes.ok(hooks, environment, "git", "rev-parse", "HEAD").strip();
    }

    /** The launcher and the runner it hands over to, as a clone or a vendored copy of cdlint holds them. */
    private static void copyHookFiles(Path to) throws IOException {
        Files.createDirectories(to);
        Files.copy(Processes.projectRoot().resolve("cdlint"), to.resolve("cdlint"));
        Path runner = Path.of("cli/src/dist/bin/cdlint"); // ./cdlint hands over to it
        Files.copy(Processes.projectRoot().resolve(runner), Files.createDirectories(to.resolve(runner.getParent()))
                .resolve("cdlint"));
    }

    /** The README's YAML example that contains the marker, as a user would copy it. */
    private static String readmeYaml(String marker) throws IOException {
        String readme = Files.readString(Processes.projectRoot().resolve("README.md"));
        int start = readme.lastIndexOf("```yaml\n", readme.indexOf(marker));
        assertThat(start).as("a README YAML block containing " + marker).isNotNegative();
        String block = readme.substring(start + "```yaml\n".length(), readme.indexOf("```\n", start + 7));
        assertThat(block).contains(marker);
        return block;
    }

    private static Path sample(String name) {
        return Processes.projectRoot().resolve("samples").resolve(name);
    }
}
