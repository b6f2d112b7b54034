package dev.cdlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubReporterTest {

    @Test
    void dataEscapesPercentAndLineBreaksOnly() {
        assertThat(GithubReporter.escapeData("50% done,\r\nnext: a, b"))
                .isEqualTo("50%25 done,%0D%0Anext: a, b");
    }

    @Test
    void propertiesAlsoEscapeColonsAndCommas() {
        assertThat(GithubReporter.escapeProperty("a:b,c 100%\nd")).isEqualTo("a%3Ab%2Cc 100%25%0Ad");
    }

    @Test
    void percentIsEscapedFirstSoEscapesAreNotEscapedTwice() {
        assertThat(GithubReporter.escapeProperty("%3A:")).isEqualTo("%253A%3A");
    }

    @Test
    void commandNamesTheFileRelativeAndTheRuleInTheTitle() {
        Finding finding = new Finding("test-quiet", Severity.INFO, "odd, file: 100%\nok",
                new SourceLocation(Path.of("/project/Odd, name:1.xcdatamodel/contents"), 7, 0), null, null, null,
                null, null);
        String output = Render.render(ReportFormat.GITHUB, ReportFixture.report(List.of(finding),
                BaselineCounts.NONE));
        assertThat(output).isEqualTo("::notice file=Odd%2C name%3A1.xcdatamodel/contents,line=7,"
                + "title=cdlint%3A test-quiet::odd, file: 100%25%0Aok\n");
    }
}
