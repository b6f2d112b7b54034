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

    /** The report is in a file: a CI log would show only a failed step, so the terminal gets one line why. */
    @Test
    void aRunWithOutputThatFailsSaysWhyInOneLine() {
        Path report = dir.resolve("cdlint.json");
        Path log = ROOT.resolve("samples/journal/logs/testflight-sync.log");

        Run failing = cdlint("check", BROKEN, "--format", "json", "--output", report.toString());
        Run passing = cdlint("check", BROKEN, "--fail-on", "never", "--output", report.toString());
        Run logs = cdlint("logs", log.toString(), "--output", dir.resolve("sync.txt").toString());

        assertThat(failing.exitCode()).isEqualTo(Main.FINDINGS);
        assertThat(failing.out()).isEmpty();
        assertThat(failing.err()).isEqualTo("cdlint: 17 findings (15 errors, 2 info) in 1 model. The run fails on"
                + " error (--fail-on); the report is in " + report + ".\n");
        assertThat(passing.exitCode()).isZero();
        assertThat(passing.err()).isEmpty();
        assertThat(logs.exitCode()).isEqualTo(Main.FINDINGS);
        assertThat(logs.err()).startsWith("cdlint: 3 problems (3 errors) in 1 log of ").hasLineCount(1);
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
