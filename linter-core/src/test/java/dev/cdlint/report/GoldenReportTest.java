package dev.cdlint.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every format rendered from {@link ReportFixture} and compared with its {@link Golden} file. */
class GoldenReportTest {

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void matchesGoldenFile(ReportFormat format) {
        String extension = switch (format) {
            case JSON -> ".json";
            case SARIF -> ".sarif";
            case JUNIT, CHECKSTYLE -> ".xml";
            case TEXT, XCODE, GITHUB -> ".txt";
        };
        Golden.assertMatches(format.id() + extension, Render.render(format, ReportFixture.report()));
    }
}
