package dev.cdlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextReporterTest {

    @Test
    void saysSoWhenNothingWasFound() {
        String output = Render.render(ReportFormat.TEXT, ReportFixture.report(List.of(), BaselineCounts.NONE));
        assertThat(output).isEqualTo("No problems found in 2 models.\n");
    }

    @Test
    void nothingFoundStillMentionsTheBaseline() {
        String output = Render.render(ReportFormat.TEXT, ReportFixture.report(List.of(), new BaselineCounts(1, 3)));
        assertThat(output).isEqualTo("""
                No problems found in 2 models.
                1 finding in the baseline not shown.
                3 baseline entries matched nothing (fixed?): write the baseline again to drop them.
                """);
    }

    @Test
    void alignsColumnsWithinEachModelNotAcrossTheRun() {
        String output = Render.render(ReportFormat.TEXT, ReportFixture.report());

        assertThat(output).contains("  Widget/Cache.xcdatamodel/contents:3:7  error  ");
    }

    @Test
    void theSummaryNamesOnlyTheSeveritiesFoundAndEndsTheSentence() {
        Report report = ReportFixture.report();
        assertThat(report.summary()).isEqualTo("4 findings (2 errors, 1 warning, 1 info) in 2 models.");

        Report oneInfo = ReportFixture.report(report.findings().subList(0, 1), BaselineCounts.NONE);
        assertThat(oneInfo.summary()).isEqualTo("1 finding (1 info) in 2 models.");
    }

    @Test
    void colourOnlyOnATerminalWithoutNoColor() {
        assertThat(TextReporter.useColour(true, Map.of())).isTrue();
        assertThat(TextReporter.useColour(true, Map.of("NO_COLOR", ""))).as("empty NO_COLOR is unset").isTrue();
        assertThat(TextReporter.useColour(true, Map.of("NO_COLOR", "1"))).isFalse();
        assertThat(TextReporter.useColour(true, Map.of("NO_COLOR", "0"))).as("any value counts").isFalse();
        assertThat(TextReporter.useColour(false, Map.of())).isFalse();
    }

    @Test
    void colourMarksUpWithoutChangingTheText() {
        String coloured = Render.render(ReportFormat.TEXT.reporter(true, Map.of()), ReportFixture.report());
        String plain = Render.render(ReportFormat.TEXT.reporter(true, Map.of("NO_COLOR", "1")), ReportFixture.report());

        assertThat(coloured).contains("\u001B[1;31merror\u001B[0m");
        assertThat(plain).doesNotContain("\u001B");
        assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(plain);
    }
}
