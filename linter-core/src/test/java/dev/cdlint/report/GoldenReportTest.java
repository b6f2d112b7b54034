package dev.cdlint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every format rendered from {@link ReportFixture} and compared with its file in {@code report/}. To change an
 * expectation, run with {@code CDLINT_UPDATE_GOLDEN=1}, which rewrites the files and fails, then read the diff.
 */
class GoldenReportTest {

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void matchesGoldenFile(ReportFormat format) throws IOException {
        String actual = Render.render(format, ReportFixture.report());
        String name = format.id() + switch (format) {
            case JSON -> ".json";
            case SARIF -> ".sarif";
            case JUNIT, CHECKSTYLE -> ".xml";
            default -> ".txt";
        };
        if (System.getenv("CDLINT_UPDATE_GOLDEN") != null) {
            Path file = Path.of("src/test/resources/report", name);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            fail("rewrote " + file + ": inspect it, then run again without CDLINT_UPDATE_GOLDEN");
        }
        try (InputStream golden = getClass().getResourceAsStream("/report/" + name)) {
            assertThat(golden).as("golden file report/" + name).isNotNull();
            assertThat(actual).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
