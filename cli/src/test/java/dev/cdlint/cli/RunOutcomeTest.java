package dev.cdlint.cli;

import static dev.cdlint.cli.InProcess.cdlint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.cli.CdlintProcess.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a run ends, in the exit code and in the format a CI or an IDE reads. */
class RunOutcomeTest {

    private static final Path ROOT = CdlintProcess.projectRoot();
    private static final String BROKEN = ROOT.resolve("samples/journal-broken/Journal.xcdatamodel").toString();

    @TempDir
    Path dir;

    @Test
    void writingABaselineSucceedsSoAnAdoptionScriptGoesOn() throws Exception {
        Path baseline = dir.resolve("baseline.json");

        Run written = cdlint("check", BROKEN, "--write-baseline", baseline.toString());

        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(baseline).isRegularFile();
        Run again = cdlint("check", BROKEN, "--baseline", baseline.toString());
        assertThat(again.exitCode()).isZero();
    }

    @Test
    void theJsonReportCarriesTheBaselineCounts() throws Exception {
        Path baseline = dir.resolve("baseline.json");
        cdlint("check", BROKEN, "--write-baseline", baseline.toString());

        Run run = cdlint("check", BROKEN, "--baseline", baseline.toString(), "--format", "json");

        assertThat(run.out().replaceAll("\\s+", "")).contains("\"baseline\":{\"baselined\":17,\"gone\":0}");
    }

    @Test
    void aMissingFileIsAGithubErrorAnnotationToo() {
        Run run = cdlint("check", "no/such/Model.xcdatamodel", "--format", "github");

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.out()).startsWith("::error file=no/such/Model.xcdatamodel").contains(",title=cdlint::");
        assertThat(run.err()).contains("no/such/Model.xcdatamodel");
    }

    @Test
    void aMissingLogIsAGithubErrorAnnotationToo() {
        Run run = cdlint("logs", "no/such/sync.log", "--format", "github");

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.out()).startsWith("::error file=no/such/sync.log").contains(",title=cdlint::");
        assertThat(run.err()).contains("no/such/sync.log");
    }

    @Test
    void aBadConfigurationIsAnXcodeErrorLineWithAnAbsolutePath() throws Exception {
        Path model = dir.resolve("M.xcdatamodel");
        Files.createDirectories(model);
        Files.copy(Path.of(BROKEN, "contents"), model.resolve("contents"));
        Path config = dir.resolve("bad.yml");
        Files.writeString(config, "rules: [\n");

        Run run = cdlint("check", model.toString(), "--config", config.toString(), "--format", "xcode");

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).startsWith(config.toAbsolutePath() + ":").contains(": error: ");
    }

    @Test
    void controlCharactersInAnArgumentAreEscapedInTheErrorLine() {
        Run run = cdlint("check", "evil\u001B]0;title\u0007.xcdatamodel");

        assertThat(run.err()).contains("evil\\x1B]0;title\\x07").doesNotContain("\u001B", "\u0007");
    }
}
