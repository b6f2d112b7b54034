package dev.cdlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Models a run did not check, while it checked others, are said once in each format that has a summary. */
class NotCloudKitEnabledSummaryTest {

    @Test
    void textSaysItUnderTheTotals() {
        String output = Render.render(ReportFormat.TEXT, ReportFixture.report(List.of(), BaselineCounts.NONE, 3));

        assertThat(output).isEqualTo("""
                No problems found in 2 models.
                3 models are not CloudKit-enabled and were not checked (tick "Used with CloudKit" on the \
                configuration that syncs, or name it under scopes: in .cdlint.yml).
                """);
    }

    @Test
    void oneModelIsSaidInTheSingular() {
        assertThat(ReportFixture.report(List.of(), BaselineCounts.NONE, 1).notCloudKitEnabledNote()).hasValueSatisfying(
                note -> assertThat(note).startsWith("1 model is not CloudKit-enabled and was not checked"));
    }

    @Test
    void textSaysNothingWhenEveryModelWasChecked() {
        assertThat(Render.render(ReportFormat.TEXT, ReportFixture.report())).doesNotContain("CloudKit-enabled");
    }

    @Test
    void jsonCountsThemInTheSummary() {
        String output = Render.render(ReportFormat.JSON, ReportFixture.report(List.of(), BaselineCounts.NONE, 3));

        assertThat(output).contains("\"notCloudKitEnabled\": 3");
    }
}
