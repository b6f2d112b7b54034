package dev.cdlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the help and explanations say, read as a user reads them. */
class WordingTest {

    private static String printed(String... args) {
        return InProcess.cdlint(args).out();
    }

    @Test
    void helpNeverBreaksAFileNameAfterItsDot() {
        for (String command : List.of("check", "schema", "format", "rules", "explain")) {
            String help = printed(command, "--help");
            assertThat(help).as(command).doesNotContainPattern("(?m)[\\s(]\\.$");
        }
        assertThat(printed("check", "--help").replaceAll("\\s+", " "))
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
        assertThat(printed("explain", "record-type-field-limit"))
                .contains("Options (in .cdlint.yml, under rules, then record-type-field-limit):")
                .doesNotContain("::");
    }
}
