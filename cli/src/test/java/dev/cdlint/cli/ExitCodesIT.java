package dev.cdlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.cli.CdlintProcess.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every exit code, from the built jar run as a real process: what a hook or a build phase sees. */
class ExitCodesIT {

    @TempDir
    Path dir;

    private static final String CLEAN = "samples/journal/Journal.xcdatamodeld";
    private static final String BROKEN = "samples/journal-broken/Journal.xcdatamodel";

    @Test
    void zeroWhenNothingReachesTheFailLevel() throws Exception {
        Run run = CdlintProcess.run("check", CLEAN);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void checkIsTheDefaultCommand() throws Exception {
        assertThat(CdlintProcess.run(BROKEN).exitCode()).isEqualTo(1);
    }

    @Test
    void oneWhenAFindingReachesTheFailLevel() throws Exception {
        Run run = CdlintProcess.run("check", BROKEN);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("[ordered-relationship]");
    }

    @Test
    void failOnNeverAlwaysExitsZero() throws Exception {
        assertThat(CdlintProcess.run("check", BROKEN, "--fail-on", "never").exitCode()).isZero();
    }

    @Test
    void failOnInfoCountsInfos() throws Exception {
        // Decimal is stored as DOUBLE: an info finding and nothing else.
        Path model = Files.createDirectories(dir.resolve("Info.xcdatamodel")).resolve("contents");
        Files.writeString(model, """
                <model usedWithCloudKit="YES">
                    <entity name="Price"><attribute name="amount" optional="YES" attributeType="Decimal"/></entity>
                </model>
                """);

        assertThat(CdlintProcess.run("check", model.toString()).exitCode()).isZero();
        assertThat(CdlintProcess.run("check", model.toString(), "--fail-on", "info").exitCode()).isEqualTo(1);
    }

    @Test
    void twoForBadUsage() throws Exception {
        Run run = CdlintProcess.run("check", CLEAN, "--fail-on", "sometimes");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--fail-on: 'sometimes' is not a level");
        assertNoStackTrace(run);
    }

    @Test
    void twoForAnUnknownOption() throws Exception {
        Run run = CdlintProcess.run("check", CLEAN, "--formt", "json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--formt'");
        assertNoStackTrace(run);
    }

    @Test
    void twoForAMissingFile() throws Exception {
        Run run = CdlintProcess.run("check", "samples/nope.xcdatamodeld");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("samples/nope.xcdatamodeld: error: no such file or directory\n");
    }

    @Test
    void oneForMalformedModelXmlWithItsPosition() throws Exception {
        Path model = Files.createDirectories(dir.resolve("Broken.xcdatamodel")).resolve("contents");
        Files.writeString(model, "<model>\n  <entity name=\"A\">\n</model>\n");

        Run run = CdlintProcess.run("check", model.toString(), "--format", "xcode");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith(model + ":3:3: error: Malformed XML: ").contains("[model-unreadable]");
        assertNoStackTrace(run);
    }

    @Test
    void twoForAMalformedSchemaWithItsPosition() throws Exception {
        Path schema = dir.resolve("production.ckdb");
        Files.writeString(schema, "DEFINE SCHEMA\n    RECORD TYPE CD_Note (\n        CD_title STRIN\n    );\n");

        Run run = CdlintProcess.run("check", CLEAN, "--against", schema.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith(schema + ":3:18: error: ");
        assertNoStackTrace(run);
    }

    @Test
    void oneForAnXxeAttackWithoutReadingTheTarget() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path model = Files.createDirectories(dir.resolve("Xxe.xcdatamodel")).resolve("contents");
        Files.writeString(model, "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]>\n<model><entity name=\"&x;\"/></model>\n");

        Run run = CdlintProcess.run("check", model.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("declares a DOCTYPE", "[model-unreadable]");
        assertThat(run.err()).doesNotContain("TOP-SECRET");
        assertThat(run.out()).doesNotContain("TOP-SECRET");
    }

    @Test
    void twoForABadConfigurationFileNamingTheKeyAndLine() throws Exception {
        Path config = Files.writeString(dir.resolve("cdlint.yml"), "scopes:\n  Default: privat\n");

        Run run = CdlintProcess.run("check", CLEAN, "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith(config + ":2:12: error: scopes.Default: 'privat' is not a database"
                + " scope");
    }

    @Test
    void helpAndVersionExitZeroAndHelpListsTheExitCodes() throws Exception {
        Run help = CdlintProcess.run("--help");
        Run version = CdlintProcess.run("--version");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Exit codes:", "  2  bad usage");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).isEqualTo("cdlint " + System.getProperty("cdlint.version") + System.lineSeparator());
    }

    /** Out of memory is a limit to raise, not a bug to report: one line that says how, and exit 4. */
    @Test
    void fourWhenTheHeapIsTooSmallSayingHowToRaiseIt() throws Exception {
        Path schema = dir.resolve("huge.ckdb");
        try (var out = Files.newBufferedWriter(schema)) {
            out.write("DEFINE SCHEMA\n");
            String comment = "-- " + "x".repeat(1021) + "\n";
            for (int i = 0; i < 64 * 1024; i++) {
                out.write(comment);
            }
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-jar", CdlintProcess.jar().toString(), "format", schema.toString());

        Run run = CdlintProcess.runCommand(command, dir, Map.of());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).matches("cdlint: ran out of memory at its limit of \\d+ MB of heap; raise the limit"
                + " with CDLINT_JAVA_OPTS=-Xmx\\d+m \\(the launcher passes it to Java\\)\n");
        assertThat(run.out()).isEmpty();
    }

    private static void assertNoStackTrace(Run run) {
        assertThat(run.err()).doesNotContain("\tat ", "Exception in thread");
    }
}
