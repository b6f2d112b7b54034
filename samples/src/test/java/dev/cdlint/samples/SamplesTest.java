package dev.cdlint.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Finding;
import dev.cdlint.lint.LintRequest;
import dev.cdlint.lint.LintResult;
import dev.cdlint.lint.Linter;
import dev.cdlint.testing.Expectations;
import dev.cdlint.testing.Reported;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sample models do what the README says they do, through the same entry point the CLI and plugin use. */
class SamplesTest {

    private static final Path SAMPLES = Processes.projectRoot().resolve("samples");
    private static final Path JOURNAL = SAMPLES.resolve("journal/Journal.xcdatamodeld");
    private static final Path BROKEN = SAMPLES.resolve("journal-broken/Journal.xcdatamodel");

    @Test
    void theJournalModelIsClean() {
        LintResult result = new Linter().lint(LintRequest.of(JOURNAL));

        assertThat(result.models()).containsExactly(JOURNAL);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void theBrokenJournalBreaksExactlyTheRulesItsCommentsName() {
        LintResult result = new Linter().lint(LintRequest.of(BROKEN));

        Expectations.readFrom(List.of(BROKEN.resolve("contents"))).assertMatch(Reported.once(result.findings()),
                BROKEN.toString());
        assertThat(result.findings().stream().map(Finding::rule).distinct().count()).isGreaterThanOrEqualTo(16);
    }

    /**
     * The production schema was exported from the first model version: everything the second version added is
     * undeployed, the fields created lazily were never created, and a removed attribute lingers.
     */
    @Test
    void theJournalProductionSchemaIsBehindTheModelInTheWaysRealSchemasFallBehind() {
        Path schema = SAMPLES.resolve("journal/cloudkit/production.ckdb");

        LintResult result = new Linter().lint(new LintRequest(List.of(JOURNAL), null, schema, Map.of()));

        assertThat(result.findings()).extracting(f -> f.rule() + " " + f.recordType() + "." + f.field())
                .containsExactlyInAnyOrder(
                        "schema-orphaned-field CD_Entry.CD_summary",
                        "schema-undeployed-field CD_Entry.CD_privateNote",
                        "schema-missing-cdmr CDMR.null",
                        "schema-undeployed-field CD_Entry.CD_caption",
                        "schema-undeployed-field CD_Entry.CD_photo",
                        "schema-undeployed-field CD_Entry.CD_takenAt",
                        // The app does not share: one info for the schema, naming no record type.
                        "schema-undeployed-move-receipt null.CD_moveReceipt",
                        // One finding for the record type, listing its missing companions.
                        "schema-undeployed-asset-field CD_Notebook.null",
                        "schema-undeployed-record-type CD_Tag.null");
    }

    @Test
    void theSampleConfigurationsAreFoundBesideTheModels() {
        Linter linter = new Linter();

        assertThat(linter.configFor(JOURNAL, LintRequest.of(JOURNAL)).scopes()).containsOnlyKeys("Private", "Public", "Local");
        assertThat(linter.configFor(BROKEN, LintRequest.of(BROKEN)).file())
                .isEqualTo(SAMPLES.resolve("journal-broken/.cdlint.yml"));
    }
}
