package dev.cdlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.testing.IsolatedClassLoader;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The line-oriented formats run without Jackson or StAX, so that the common text run stays quick to start. Each
 * format is run in a class loader of its own, which then tells which classes it had to load.
 */
class ClassLoadingTest {

    /** Renders the fixture in the given format; loaded by the isolated loader, so all it touches is loaded there. */
    public static final class RenderFixture implements Function<String, String> {
        @Override
        public String apply(String formatId) {
            return Render.render(ReportFormat.fromId(formatId).orElseThrow().reporter(true, Map.of()),
                    ReportFixture.report());
        }
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    @SuppressWarnings("unchecked")
    void loadsOnlyWhatTheFormatNeeds(ReportFormat format) throws Exception {
        try (IsolatedClassLoader loader = new IsolatedClassLoader()) {
            Function<String, String> render = (Function<String, String>) loader
                    .loadClass(RenderFixture.class.getName()).getConstructor().newInstance();
            assertThat(render.apply(format.id())).isNotEmpty();

            boolean json = format == ReportFormat.JSON || format == ReportFormat.SARIF;
            assertThat(loader.loaded("com.fasterxml.jackson.core.JsonFactory")).as("Jackson").isEqualTo(json);
            assertThat(loader.loaded("dev.cdlint.report.XmlDocument")).as("the XML writer")
                    .isEqualTo(format == ReportFormat.JUNIT || format == ReportFormat.CHECKSTYLE);
            assertThat(loader.loaded("dev.cdlint.report.JsonReporter")).isEqualTo(format == ReportFormat.JSON);
        }
    }
}
