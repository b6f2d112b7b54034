package dev.cdlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportFormatTest {

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void idsRoundTrip(ReportFormat format) {
        assertThat(ReportFormat.fromId(format.id())).contains(format);
        assertThat(format.reporter(false, Map.of())).isNotNull();
    }

    @Test
    void idsAreTheDocumentedOnes() {
        assertThat(ReportFormat.ids())
                .containsExactly("text", "xcode", "json", "sarif", "junit", "checkstyle", "github", "html");
    }

    @Test
    void unknownIdsAreRejected() {
        assertThat(ReportFormat.fromId("TEXT")).isEmpty();
        assertThat(ReportFormat.fromId("HTML")).isEmpty();
    }
}
