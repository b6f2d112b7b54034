package dev.cdlint.cli;

import static dev.cdlint.cli.InProcess.cdlint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.cli.CdlintProcess.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code --exclude GLOB}: relative to the working directory, repeatable, and a bad glob is bad usage. */
class ExcludeOptionTest {

    /** Under the working directory (the module folder when Maven runs the tests), which the globs are relative to. */
    private static final Path TREE = Path.of("target/exclude-option-test");

    private static String broken() throws IOException {
        return Files.readString(CdlintProcess.projectRoot().resolve("samples/journal-broken/Journal.xcdatamodel/contents"));
    }

    private static void model(String folder) throws IOException {
        Path contents = TREE.resolve(folder).resolve("Journal.xcdatamodel/contents");
        Files.createDirectories(contents.getParent());
        Files.writeString(contents, broken());
    }

    @Test
    void excludedFoldersAreNotLinted() throws IOException {
        model("App");
        model("Vendor/Pod");
        model("Tests/Fixtures");
        Run run = cdlint("check", TREE.toString(), "--exclude", TREE + "/Vendor", "--exclude", TREE + "/Tests/**",
                "--fail-on", "never");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("exclude-option-test/App/Journal.xcdatamodel/contents:", "in 1 model")
                .doesNotContain("Vendor", "Tests");
    }

    @Test
    void aBadGlobIsBadUsage() {
        Run run = cdlint("check", ".", "--exclude", "[Vendor");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--exclude: ");
    }
}
