package dev.cdlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the help and explanations say, read as a user reads them. */
class WordingTest {

    private static String cdlint(String... args) {
        StringWriter out = new StringWriter();
        Main.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        return out.toString();
    }

    @Test
    void helpNeverBreaksAFileNameAfterItsDot() {
        for (String command : List.of("check", "schema", "format", "rules", "explain")) {
            String help = cdlint(command, "--help");
            assertThat(help).as(command).doesNotContainPattern("(?m)[\\s(]\\.$");
        }
        assertThat(cdlint("check", "--help").replaceAll("\\s+", " "))
                .contains("or .ckdb production schemas", "the nearest .cdlint.yml above each model");
    }

    @Test
    void theRepairMovesADanglingDotToTheNameItBelongsTo() {
        assertThat(HelpText.repair("  files, or .\n    ckdb schemas.\nend."))
                .isEqualTo("  files, or\n    .ckdb schemas.\nend.");
        assertThat(HelpText.repair("Ends a sentence.\nNext one.")).isEqualTo("Ends a sentence.\nNext one.");
    }

    @Test
    void explainNamesTheOptionsKeyWithoutADoubledColon() {
        assertThat(cdlint("explain", "record-type-field-limit"))
                .contains("Options (in .cdlint.yml, under rules, then record-type-field-limit):")
                .doesNotContain("::");
    }
}
