package dev.cdlint.cli;

import static dev.cdlint.cli.InProcess.cdlint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cdlint.cli.CdlintProcess.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A named pipe or a device where a file to read is expected: refused with what it is, before it is opened. Opened,
 * a pipe blocks the run until something writes to it and {@code /dev/zero} fills the memory. (The time limit only
 * keeps a regression from hanging the build.)
 */
class NonRegularInputsTest {

    private static final String MODEL = "../samples/journal/Journal.xcdatamodeld";
    private static final Duration HANG = Duration.ofMinutes(1);

    @TempDir
    Path dir;

    private Path pipe;
    private Path zero;

    @BeforeEach
    void makeAPipeAndALinkToADevice() throws Exception {
        pipe = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
        zero = Files.createSymbolicLink(dir.resolve("zero.ckdb"), Path.of("/dev/zero"));
    }

    @Test
    void formatRefusesAPipeAndADevice() {
        assertRefused(pipe, "cannot read the schema: not a regular file but a named pipe (FIFO)", "format",
                pipe.toString());
        assertRefused(zero, "cannot read the schema: not a regular file but a character device", "format",
                zero.toString());
    }

    @Test
    void theConfigurationAndTheSchemaOfCheckAndLogsRefuseThemToo() {
        assertRefused(pipe, "cannot read the configuration: not a regular file but a named pipe (FIFO)", "check",
                MODEL, "--config", pipe.toString());
        assertRefused(zero, "cannot read the configuration: not a regular file but a character device", "check",
                MODEL, "--config", zero.toString());
        assertRefused(pipe, "cannot read the schema: not a regular file but a named pipe (FIFO)", "check", MODEL,
                "--against", pipe.toString());
        assertRefused(zero, "cannot read the schema: not a regular file but a character device", "logs",
                "../samples/journal/logs/testflight-sync.log", "--against", zero.toString());
    }

    @Test
    void aModelWhoseContentsIsAPipeIsAFindingThatSaysSo() throws IOException {
        Path model = Files.createDirectories(dir.resolve("Notes.xcdatamodel"));
        Files.move(pipe, model.resolve("contents"));

        Run run = assertTimeoutPreemptively(HANG, () -> cdlint("check", model.toString()));

        assertThat(run.exitCode()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("Cannot read the model: not a regular file but a named pipe (FIFO).",
                "[model-unreadable]");
    }

    private static void assertRefused(Path file, String reason, String... args) {
        Run run = assertTimeoutPreemptively(HANG, () -> cdlint(args));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains(file + ": error: " + reason);
    }
}
