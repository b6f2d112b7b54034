package dev.cdlint.cli;

import static dev.cdlint.cli.InProcess.cdlint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.cli.CdlintProcess.Run;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Inputs that crashed cdlint (exit 4, or a raw stack trace) get a finding or a one-line reason instead. */
class NeverCrashTest {

    @TempDir
    Path dir;

    private Path model(String attributeName) throws Exception {
        Path contents = Files.createDirectories(dir.resolve("Names.xcdatamodel")).resolve("contents");
        Files.writeString(contents, """
                <model usedWithCloudKit="YES">
                    <entity name="Note">
                        <attribute name="%s" optional="YES" attributeType="String"/>
                    </entity>
                </model>
                """.formatted(attributeName));
        return contents;
    }

    @Test
    void aNameWithADoubleQuoteIsAFindingForCheckAndAReasonForSchema() throws Exception {
        Path contents = model("ti&quot;tle");

        Run check = cdlint("check", contents.toString());
        Run schema = cdlint("schema", contents.toString());

        assertThat(check.exitCode()).isEqualTo(Main.FINDINGS);
        assertThat(check.out()).contains("Note.ti\"tle is mirrored as the field CD_ti\"tle, which CloudKit cannot"
                + " name: names hold only ASCII letters, digits and underscores, and this one holds a double quote",
                "[name-unsupported-character]");
        assertThat(schema.exitCode()).as(schema.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(schema.err()).isEqualTo(contents + ":3:9: error: cannot write the schema: the field name"
                + " CD_ti\"tle holds a double quote or a line break, which no .ckdb file can spell (and CloudKit"
                + " accepts no such name); rename the element (rule name-unsupported-character)\n");
    }

    @Test
    void aNameWithALineBreakStaysOnOneLine() throws Exception {
        Path contents = model("ti&#10;tle");

        Run check = cdlint("check", contents.toString(), "--format", "xcode");
        Run schema = cdlint("schema", contents.toString());

        assertThat(check.out()).contains("Note.ti\\ntle is mirrored as the field CD_ti\\ntle", "a line break");
        assertThat(check.out().lines().filter(l -> l.contains("name-unsupported-character"))).hasSize(1);
        assertThat(schema.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(schema.err()).contains("the field name CD_ti\\ntle holds").hasLineCount(1);
    }

    @Command(name = "failing")
    static final class Failing implements Callable<Integer> {
        private final Error error;

        Failing(Error error) {
            this.error = error;
        }

        @Override
        public Integer call() {
            throw error;
        }
    }

    /**
     * An Error thrown where a command runs, as a model too large for the heap throws it. Running out of memory for
     * real needs a large input and a small heap in a separate process; what this proves is that an Error, which
     * picocli does not handle, ends in cdlint's handler: exit 4 and one line, not a stack trace and exit 1.
     */
    @Test
    void anErrorIsAnInternalErrorOfOneLine() {
        StringWriter err = new StringWriter();
        int exitCode = Main.execute(new CommandLine(new Failing(new StackOverflowError())), new String[0],
                new PrintWriter(err, true));

        assertThat(exitCode).isEqualTo(Main.INTERNAL_ERROR);
        assertThat(err.toString()).startsWith("cdlint: internal error: java.lang.StackOverflowError\n")
                .doesNotContain("\tat ");
    }

    /** Running out of memory is a limit to raise, not a bug to report (ExitCodesIT runs out for real). */
    @Test
    void runningOutOfMemorySaysHowToRaiseTheLimitInOneLine() {
        StringWriter err = new StringWriter();
        int exitCode = Main.execute(new CommandLine(new Failing(new OutOfMemoryError("Java heap space"))),
                new String[0], new PrintWriter(err, true));

        assertThat(exitCode).isEqualTo(Main.INTERNAL_ERROR);
        assertThat(err.toString()).startsWith("cdlint: ran out of memory at its limit of ")
                .contains("CDLINT_JAVA_OPTS=-Xmx").hasLineCount(1);
    }

    @Test
    void aMalformedCurrentVersionFileIsOneLineAtItsPositionAndNothingOnTheProcessStandardError() throws Exception {
        model("title");
        Path bundle = Files.createDirectories(dir.resolve("Notes.xcdatamodeld"));
        Files.move(dir.resolve("Names.xcdatamodel"), bundle.resolve("Notes.xcdatamodel"));
        // A second version, so that cdlint has to guess (one version needs no .xccurrentversion).
        Files.createDirectories(bundle.resolve("Archive.xcdatamodel"));
        Files.copy(bundle.resolve("Notes.xcdatamodel/contents"), bundle.resolve("Archive.xcdatamodel/contents"));
        Files.writeString(bundle.resolve(".xccurrentversion"), "<plist><dict><!DOCTYPE x></dict></plist>");
        PrintStream processErr = System.err;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        Run run;
        System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
        try {
            run = cdlint("check", bundle.toString(), "--format", "xcode");
        } finally {
            System.setErr(processErr);
        }

        assertThat(stray.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(run.out()).contains(".xccurrentversion:1:", ": warning: While reading Notes, malformed"
                + " .xccurrentversion: the XML is not well-formed here; using the newest version by name, 'Notes'.")
                .doesNotContain("Scanner State", "ParseError");
    }

    @Test
    void readmeIsNotACoreDataModel() {
        Run run = cdlint("check", CdlintProcess.projectRoot().resolve("README.md").toString());

        assertThat(run.exitCode()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("Not a Core Data model", "[model-unreadable]");
        assertThat(run.err()).isEmpty();
    }
}
