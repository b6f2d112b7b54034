package dev.cdlint.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every format rendered from {@link ReportFixture} and compared with its {@link Golden} file, but HTML: a page is
 * tested for its structure, parsed (HtmlReporterTest), since its markup may change without its content changing.
 */
class GoldenReportTest {

    @ParameterizedTest
    @EnumSource(value = ReportFormat.class, mode = EnumSource.Mode.EXCLUDE, names = "HTML")
    void matchesGoldenFile(ReportFormat format) {
        String extension = switch (format) {
            case JSON -> ".json";
            case SARIF -> ".sarif";
            case JUNIT, CHECKSTYLE -> ".xml";
            case TEXT, XCODE, GITHUB -> ".txt";
            case HTML -> throw new AssertionError("tested by HtmlReporterTest");
        };
        Golden.assertMatches(format.id() + extension, Render.render(format, ReportFixture.report()));
    }
}
