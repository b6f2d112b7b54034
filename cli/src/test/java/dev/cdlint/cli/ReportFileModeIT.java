package dev.cdlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.cli.CdlintProcess.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** A report written with --output has the mode a shell redirection would give it under the user's umask. */
class ReportFileModeIT {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "umask {0}")
    @CsvSource({"022, rw-r--r--", "027, rw-r-----", "077, rw-------"})
    void aNewReportHasTheModeOfARedirection(String umask, String mode) throws Exception {
        Path report = dir.resolve("cdlint.sarif");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script = "umask " + umask + " && exec \"$0\" -jar \"$1\" check \"$2\" --format sarif --fail-on never"
                + " --output \"$3\"";

        Run run = CdlintProcess.runCommand(List.of("sh", "-c", script, java, CdlintProcess.jar().toString(),
                "samples/journal-broken/Journal.xcdatamodel", report.toString()), CdlintProcess.projectRoot(),
                Map.of());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo(mode);
    }
}
