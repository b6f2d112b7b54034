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

    /** What 'cdlint rules' lists as a rule's severity is what a run with default settings reports. */
    @Test
    void rulesListTheSeverityARunReportsByDefault() {
        String journal = "../samples/journal/";
        String report = printed("check", journal + "Journal.xcdatamodeld", "--against",
                journal + "cloudkit/production.ckdb");

        assertThat(report).containsPattern("  info +the production schema lacks CD_moveReceipt .*"
                + "\\[schema-undeployed-move-receipt]");
        assertThat(printed("rules")).containsPattern("(?m)^schema-undeployed-move-receipt +schema +info +");
        assertThat(printed("explain", "schema-undeployed-move-receipt")).startsWith(
                "schema-undeployed-move-receipt (info, ");
    }

    /** picocli wraps a footer line longer than the usage width at column 0, out of the list it belongs to. */
    @Test
    void theExitCodeListKeepsItsIndentation() {
        String help = printed("--help");
        List<String> exitCodes = help.substring(help.indexOf("Exit codes:")).lines().skip(1).toList();

        assertThat(exitCodes).isNotEmpty().allMatch(line -> line.startsWith("  "));
        assertThat(help.lines()).allMatch(line -> line.length() <= 80);
    }

    /** An example shows what the rule reports, the wrong form: it must not read as the fix. */
    @Test
    void explainSaysTheExampleIsWhatTheRuleReports() {
        assertThat(printed("explain", "ordered-relationship")).contains("\nExample of what it reports:\n    ")
                .doesNotContain("\nExample:");
    }
}
